package dev.ferry.lab.cli;

import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ferry-lab: multi-router labs from a topology file, with Ferry or real FRR routers, in network namespaces,
 * containers or a full-kernel VM.
 */
@Command(name = "ferry-lab", mixinStandardHelpOptions = true, versionProvider = FerryLab.Version.class,
        description = "Runs multi-router labs: a topology (YAML, or a built-in lab) in network namespaces (netns), "
                + "containers (docker) or a full-kernel VM (vm), with Ferry or real FRR routers.",
        subcommands = {UpCommand.class, DownCommand.class, StatusCommand.class, ExecCommand.class, VtyshCommand.class,
                ListCommand.class},
        footer = {"", "Examples:", "  ferry-lab list", "  ferry-lab up l3vpn", "  ferry-lab up --keep ospf-pair",
                "  ferry-lab vtysh fl3a9c1e R1 -c 'show ip ospf neighbor'", "  ferry-lab down fl3a9c1e"})
public final class FerryLab {

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "where running labs are recorded (default: ${DEFAULT-VALUE})")
    Path stateDir = LabState.DEFAULT_ROOT;

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests: no System.exit). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new FerryLab()).setCaseInsensitiveEnumValuesAllowed(true);
        // `exec ID ROUTER ip -br addr`: everything after ROUTER is the command, options included
        cl.getSubcommands().get("exec").setStopAtPositional(true);
        return cl.execute(args);
    }

    /** The lab code logs through java.util.logging: show its messages as plain "ferry-lab: ..." lines. */
    static void quietLogging() {
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler h = new ConsoleHandler();
        h.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                String prefix = r.getLevel().intValue() >= Level.WARNING.intValue() ? "ferry-lab: warning: " : "ferry-lab: ";
                return prefix + formatMessage(r) + System.lineSeparator();
            }
        });
        root.addHandler(h);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FerryLab.class.getPackage().getImplementationVersion();
            return new String[] {"ferry-lab " + (v == null ? "(development build)" : v)};
        }
    }
}
