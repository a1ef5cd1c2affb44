package dev.ferry.lib.cli;

import java.util.EnumSet;
import java.util.Set;

/** The commands every daemon has in every node: moving between nodes, and `do` from config. */
final class StandardCommands {
    private StandardCommands() {
    }

    static void install(Cli cli) {
        Set<Node> config = EnumSet.noneOf(Node.class);
        for (Node n : Node.values()) {
            if (n.isConfig()) {
                config.add(n);
            }
        }
        cli.install(Node.ENABLE, "configure [terminal]",
                "Configuration from vty interface\nConfiguration terminal",
                ctx -> ctx.enter(Node.CONFIG, null));
        cli.install(Node.VIEW, "enable", "Turn on privileged mode command", ctx -> ctx.session().alignTo(Node.ENABLE));
        cli.install(Node.ENABLE, "disable", "Turn off privileged mode command",
                ctx -> ctx.session().alignTo(Node.VIEW));
        // VIEW's commands are visible from ENABLE too, so one install serves both.
        cli.install(Node.VIEW, "<exit|quit>", "Exit current mode and down to previous mode\nExit current mode and down to previous mode",
                ctx -> ctx.status(CmdStatus.NO_LEVEL_UP));
        cli.install(config, "<exit|quit>", "Exit current mode and down to previous mode\nExit current mode and down to previous mode",
                ctx -> ctx.session().exit());
        cli.install(config, "end", "End current mode and change to enable mode", ctx -> ctx.session().end());
        cli.install(config, "do LINE...", "To run exec commands in config mode\nExec command", StandardCommands::doExec);
        cli.install(Node.VRF, "exit-vrf", "Exit current mode and down to previous mode", ctx -> ctx.session().exit());
        for (Node n : Node.values()) {
            if ("exit-address-family".equals(n.exitLine())) {
                cli.install(n, "exit-address-family", "Exit from Address Family configuration mode",
                        ctx -> ctx.session().exit());
            }
        }
    }

    private static void doExec(CommandContext ctx) {
        String line = ctx.arg("LINE...");
        CliResult r = ctx.cli().execute(new CliSession(Node.ENABLE), line);
        ctx.print(r.output());
        ctx.status(r.status());
        if (r.errorOffset() >= 0) {
            // point into the whole line: the command after "do" starts at its second word
            String whole = ctx.line().stripLeading();
            int second = whole.indexOf(line.substring(0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ')),
                    whole.indexOf(' '));
            ctx.errorOffset(second + r.errorOffset());
        }
    }
}
