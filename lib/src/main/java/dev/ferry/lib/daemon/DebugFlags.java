package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A daemon's debug switches ("debug bgp updates"): each registered flag gets FRR's `[no] debug ...`
 * commands in enable and config mode, a line in `show debugging`, and a line in running-config when on.
 * Code checks {@link #on(String)} before logging at debug level.
 */
public final class DebugFlags {
    private final String daemon;
    private final Cli cli;
    private final Map<String, Boolean> flags = new LinkedHashMap<>();

    DebugFlags(String daemon, Cli cli) {
        this.daemon = daemon;
        this.cli = cli;
        cli.install(Node.VIEW, "show debugging", "Show running system information\nDebugging functions",
                ctx -> ctx.print(show()));
    }

    /**
     * Registers "debug WORDS": {@code words} is the flag's syntax after "debug" ("bgp updates"), {@code help}
     * one help line per word.
     */
    public void register(String words, String help) {
        flags.put(words, false);
        String syntax = "[no] debug " + words;
        String fullHelp = "Negate a command or set its defaults\nDebugging functions (see also 'undebug')\n" + help;
        cli.install(Node.ENABLE, syntax, fullHelp, ctx -> flags.put(words, !ctx.no()));
        cli.install(Node.CONFIG, syntax, fullHelp, ctx -> flags.put(words, !ctx.no()));
    }

    public boolean on(String words) {
        return flags.getOrDefault(words, false);
    }

    String show() {
        StringBuilder sb = new StringBuilder(daemon.toUpperCase(Locale.ROOT) + " debugging status:\n");
        flags.forEach((name, on) -> {
            if (on) {
                sb.append("  ").append(name).append(" debugging is on\n");
            }
        });
        return sb.toString();
    }

    void writeConfig(ConfigWriter w) {
        flags.forEach((name, on) -> {
            if (on) {
                w.line("debug " + name);
            }
        });
    }
}
