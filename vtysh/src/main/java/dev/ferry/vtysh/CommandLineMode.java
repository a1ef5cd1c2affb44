package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.nio.file.Path;
import java.util.List;

/**
 * vtysh -c: runs the commands in order (each -c may hold several lines separated by newlines), a
 * trailing '?' asks for help instead, and the first failure ends the run with exit status 1, as in
 * FRR's vtysh_main.c. Never touches jline: this path is what `vtysh -c` start-up time is made of.
 */
final class CommandLineMode {
    private final CommandExecutor executor;
    private final Output output;
    private final boolean echo;
    private final boolean noError;
    private final Path history;
    private String hostname;

    CommandLineMode(CommandExecutor executor, Output output, boolean echo, boolean noError, Path history) {
        this.executor = executor;
        this.output = output;
        this.echo = echo;
        this.noError = noError;
        this.history = history;
    }

    /** Runs COMMANDS; returns the process exit status. */
    int run(List<String> commands) {
        for (String command : commands) {
            String[] lines = command.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                HistoryFile.append(history, line);
                if (echo) {
                    output.print(prompt() + line + "\n");
                }
                int status;
                if (i == lines.length - 1 && isQuestion(line)) {
                    output.print(Help.describe(executor.dispatcher(), line.substring(0, line.length() - 1)));
                    output.flush();
                    status = VtyClient.CMD_SUCCESS;
                } else {
                    status = executor.execute(line);
                }
                if (executor.exitRequested()) {
                    return 0;
                }
                if (!noError && status != VtyClient.CMD_SUCCESS && status != VtyClient.CMD_WARNING) {
                    return 1;
                }
            }
        }
        return 0;
    }

    /** FRR answers "cmd ?" with help only for exactly one '?', at the very end. */
    static boolean isQuestion(String line) {
        int q = line.indexOf('?');
        return q >= 0 && q == line.length() - 1;
    }

    private String prompt() {
        if (hostname == null) {
            hostname = Prompt.hostname(executor.dispatcher().daemons());
        }
        return Prompt.of(executor.dispatcher().node(), hostname);
    }
}
