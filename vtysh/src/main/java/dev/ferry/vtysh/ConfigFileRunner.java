package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Applies a configuration file line by line (vtysh -b with the integrated frr.conf, vtysh -f FILE),
 * as FRR's vtysh_read_config: from config mode, "end" lines skipped, every failing line reported on
 * stderr with its number and the node it was tried in, and the rest applied anyway.
 */
final class ConfigFileRunner {
    /** FRR's CMD_ERR_NO_FILE. */
    static final int CMD_ERR_NO_FILE = 11;

    private final Dispatcher dispatcher;
    private final Output output;

    ConfigFileRunner(Dispatcher dispatcher, Output output) {
        this.dispatcher = dispatcher;
        this.output = output;
    }

    /** Applies FILE; returns 0, or the status of the last line that failed (FRR's exit code). */
    int run(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            output.error("% Can't open configuration file " + file + " due to '" + IoErrors.describe(e) + "'.\n");
            output.flush();
            return CMD_ERR_NO_FILE;
        }
        dispatcher.dispatch("configure terminal");
        int result = VtyClient.CMD_SUCCESS;
        int lineNumber = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            start = end + 1;
            lineNumber++;
            int status = apply(lineNumber, line);
            if (status != VtyClient.CMD_SUCCESS) {
                result = status;
            }
            output.flush();
        }
        dispatcher.dispatch("end");
        output.flush();
        return result;
    }

    /** One line; returns its status for the file's result (daemon warnings do not count, as in FRR). */
    private int apply(int lineNumber, String line) {
        String stripped = line.strip();
        if (Words.isNothing(line) || stripped.equals("end")) {
            return VtyClient.CMD_SUCCESS;
        }
        int node = FrrNodeNumbers.of(dispatcher.node());
        DispatchResult r = dispatcher.dispatch(stripped);
        String where = "line " + lineNumber + ": ";
        switch (r.status()) {
            case VtyClient.CMD_SUCCESS, VtyClient.CMD_WARNING -> {
                return VtyClient.CMD_SUCCESS;
            }
            // FRR prints the line as read, newline included; its format adds one more for some.
            case VtyClient.CMD_ERR_NO_MATCH -> output.error(where + "% Unknown command[" + node + "]: " + line + "\n");
            case VtyClient.CMD_ERR_AMBIGUOUS ->
                output.error(where + "% Ambiguous command[" + node + "]: " + line + "\n\n");
            case VtyClient.CMD_ERR_INCOMPLETE ->
                output.error(where + "% Command incomplete[" + node + "]: " + line + "\n\n");
            default -> output.error(where + "Failure to communicate[" + r.status() + "] to " + r.failedDaemon()
                    + ", line: " + line + "\n\n");
        }
        return r.status();
    }
}
