package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.time.LocalDateTime;

/**
 * Runs one line typed at the shell or given with -c (FRR's vtysh_execute): vtysh's own commands
 * here, everything else in the daemons, then FRR's message if no daemon took the line.
 */
final class CommandExecutor {
    static final String UNKNOWN = "% Unknown command: ";

    private final Dispatcher dispatcher;
    private final LocalCommands local;
    private final Output output;
    private final boolean timestamps;

    CommandExecutor(Dispatcher dispatcher, LocalCommands local, Output output, boolean timestamps) {
        this.dispatcher = dispatcher;
        this.local = local;
        this.output = output;
        this.timestamps = timestamps;
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    boolean exitRequested() {
        return local.exitRequested();
    }

    /** Runs LINE and returns its FRR status. */
    int execute(String line) {
        if (Words.isNothing(line)) {
            return VtyClient.CMD_SUCCESS;
        }
        if (timestamps && !line.strip().startsWith("exit")) {
            output.print("% " + timestamp() + "\n\n");
        }
        int status = local.run(line);
        if (status == LocalCommands.NOT_LOCAL) {
            DispatchResult r = dispatcher.dispatch(line.strip());
            status = r.status();
            output.print(failureMessage(line, r));
        }
        output.flush();
        return status;
    }

    /** FRR's line for a line no daemon took; for an unknown word, Ferry adds a caret under it. */
    static String failureMessage(String line, DispatchResult r) {
        return switch (r.status()) {
            case VtyClient.CMD_ERR_NO_MATCH -> {
                if (r.errorPosition() < 0) {
                    yield UNKNOWN + line + "\n";
                }
                int column = UNKNOWN.length() + leadingBlanks(line) + r.errorPosition();
                yield UNKNOWN + line + "\n" + " ".repeat(column) + "^\n";
            }
            case VtyClient.CMD_ERR_AMBIGUOUS -> "% Ambiguous command: " + line + "\n";
            case VtyClient.CMD_ERR_INCOMPLETE -> "% Command incomplete: " + line + "\n";
            default -> "";
        };
    }

    private static int leadingBlanks(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** FRR's frr_timestamp(3): "2024/05/01 12:00:00.123". */
    private static String timestamp() {
        LocalDateTime t = LocalDateTime.now();
        StringBuilder s = new StringBuilder(23);
        s.append(t.getYear()).append('/');
        pad(s, t.getMonthValue(), 2).append('/');
        pad(s, t.getDayOfMonth(), 2).append(' ');
        pad(s, t.getHour(), 2).append(':');
        pad(s, t.getMinute(), 2).append(':');
        pad(s, t.getSecond(), 2).append('.');
        return pad(s, t.getNano() / 1_000_000, 3).toString();
    }

    private static StringBuilder pad(StringBuilder s, int value, int digits) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < digits; i++) {
            s.append('0');
        }
        return s.append(v);
    }
}
