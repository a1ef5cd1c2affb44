package dev.ferry.vtysh;

import java.nio.file.Path;

/**
 * Ferry's vtysh: FRR's integrated shell. Parses the options, connects to the daemons, then does one
 * of (in FRR's order): write the config (-w), apply a file (-f), run commands (-c), boot (-b), or
 * run the interactive shell.
 */
public final class Vtysh {
    private Vtysh() {
    }

    public static void main(String[] args) {
        StartupTuning.apply();
        if (args.length == 2 && args[0].equals("--aot-training-server")) {
            try {
                AotTraining.serve(Path.of(args[1]));
            } catch (java.io.IOException | InterruptedException e) {
                Runtime.getRuntime().halt(1);
            }
            Runtime.getRuntime().halt(0);
        }
        Output stdio = Output.stdio();
        int status = run(args, stdio, false);
        stdio.flush();
        // halt, not exit: vtysh has no shutdown hooks, and System.exit looks up a System.Logger to
        // log the exit, which costs ~10 ms of service loading on every `vtysh -c`.
        Runtime.getRuntime().halt(status);
    }

    /** Everything main() does except leaving the JVM: returns the exit status. */
    static int run(String[] args, Output stdio) {
        return run(args, stdio, true);
    }

    /** vtysh inside another program (tests, tools): FRR's exit status, output and errors to the writers. */
    public static int run(String[] args, java.io.Writer out, java.io.Writer err) {
        Output o = new Output(out, err);
        int status = run(args, o, true);
        o.flush();
        return status;
    }

    /**
     * CLOSE_CONNECTIONS false leaves the sockets to the kernel at exit: closing a channel initializes
     * the JDK's inet-address machinery, a few ms for nothing when the process ends anyway.
     */
    private static int run(String[] args, Output stdio, boolean closeConnections) {
        VtyshOptions o;
        try {
            o = OptionParser.parse(args);
        } catch (OptionParser.UsageException e) {
            stdio.error(e.getoptError ? "vtysh: " + e.getMessage() + "\nTry `vtysh --help' for more information.\n"
                    : e.getMessage() + "\n");
            stdio.flush();
            return 1;
        }
        if (o.help || o.version) {
            stdio.print(o.help ? Usage.help() : Usage.version());
            stdio.flush();
            return 0;
        }
        if (o.boot && o.writeConfig) {
            stdio.error("Invalid combination of arguments.  Please specify at most one of:\n\t-b, -C, -m, -w\n");
            stdio.flush();
            return 1;
        }
        if (o.inputFile != null && (o.writeConfig || o.boot)) {
            stdio.error("WARNING: Combinining the -f option with -b or -w is NOT SUPPORTED since its\n"
                    + "results are inconsistent!\n");
        }
        Daemons daemons = connect(o, stdio);
        if (daemons == null) {
            return o.noError ? 0 : 1;
        }
        Output output = o.noError ? stdio.withOut(Output.discard()) : stdio;
        try {
            return runMode(o, daemons, output);
        } finally {
            output.flush();
            if (closeConnections) {
                daemons.close();
            }
        }
    }

    /** The daemons, or null (after saying why) if none can be reached. */
    private static Daemons connect(VtyshOptions o, Output stdio) {
        if (o.daemon != null && !Daemons.known(o.daemon)) {
            stdio.error("Error: no daemons match name " + o.daemon + "!\n");
        }
        Path vtyDir = o.vtyDir();
        Daemons daemons = Daemons.connect(vtyDir, o.daemon, stdio);
        if (!daemons.isEmpty()) {
            return daemons;
        }
        stdio.error("Exiting: failed to connect to any daemons.\n"
                + "Hint: no daemon VTY socket (zebra.vty, bgpd.vty, ...) accepts connections in " + vtyDir + "\n");
        stdio.flush();
        return null;
    }

    private static int runMode(VtyshOptions o, Daemons daemons, Output output) {
        Path configFile = o.configFile();
        if (o.commands.isEmpty() && !o.boot && !o.writeConfig && o.inputFile == null) {
            return InteractiveShell.run(daemons, configFile, HistoryFile.locate(o.historyFile), o.timestamp);
        }
        Dispatcher dispatcher = new Dispatcher(daemons, output);
        LocalCommands local = new LocalCommands(dispatcher, output, new IntegratedConfigFile(configFile));
        if (o.writeConfig) {
            return local.run("write memory");
        }
        if (o.inputFile != null) {
            return new ConfigFileRunner(dispatcher, output).run(Path.of(o.inputFile));
        }
        if (!o.commands.isEmpty()) {
            CommandExecutor executor = new CommandExecutor(dispatcher, local, output, o.timestamp);
            return new CommandLineMode(executor, output, o.echo, o.noError, HistoryFile.locate(o.historyFile))
                    .run(o.commands);
        }
        int result = new ConfigFileRunner(dispatcher, output).run(configFile);
        if (result != 0) {
            output.error("Configuration file[" + configFile + "] processing failure: " + result + "\n");
            return o.noError ? 0 : result;
        }
        return 0;
    }
}
