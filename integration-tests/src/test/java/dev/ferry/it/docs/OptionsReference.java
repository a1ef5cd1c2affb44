package dev.ferry.it.docs;

import dev.ferry.lib.daemon.DaemonOptions;
import dev.ferry.vtysh.Usage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command lines: the daemons' options read from DaemonOptions' picocli annotations (what
 * `DAEMON --help` lists), and vtysh's from its --help text.
 */
final class OptionsReference {
    private OptionsReference() {
    }

    /** Every daemon option in declaration order, named as `--help` names it: "-f, --config_file=<configFile>". */
    static String daemonOptions() {
        StringBuilder b = new StringBuilder("| option | meaning |\n|---|---|\n");
        for (OptionSpec o : CommandSpec.forAnnotatedObject(new DaemonOptions()).options()) {
            String names = String.join(", ", o.names());
            if (o.arity().max() > 0) {
                names += "=" + o.paramLabel();
            }
            b.append("| ").append(Markdown.code(names, true)).append(" | ")
                    .append(Markdown.text(String.join(" ", o.description()))).append(" |\n");
        }
        return b.toString();
    }

    /** vtysh's --help from its first option on (the lines above name the version, which changes). */
    static String vtyshOptions() {
        String help = Usage.help();
        int first = help.indexOf("\n-") + 1;
        return "```text\n" + help.substring(first) + "```\n";
    }
}
