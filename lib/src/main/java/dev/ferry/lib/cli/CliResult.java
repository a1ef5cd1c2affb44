package dev.ferry.lib.cli;

/**
 * What executing one line produced: the status, the output text, and for a line nothing matched, the
 * character offset of the first word no command accepted (-1 otherwise), so a shell can point at it.
 */
public record CliResult(CmdStatus status, String output, int errorOffset) {

    static CliResult ok(String output) {
        return new CliResult(CmdStatus.SUCCESS, output, -1);
    }

    /** FRR's message for a failed match, with a caret under the offending word (Ferry's addition). */
    public static String describeFailure(CmdStatus status, String line, int errorOffset) {
        return switch (status) {
            case ERR_NO_MATCH -> {
                String head = "% Unknown command: ";
                String msg = head + line + "\n";
                yield errorOffset >= 0 ? msg + " ".repeat(head.length() + errorOffset) + "^\n" : msg;
            }
            case ERR_AMBIGUOUS -> "% Ambiguous command: " + line + "\n";
            case ERR_INCOMPLETE -> "% Command incomplete: " + line + "\n";
            default -> "";
        };
    }

    /** Whether the line was matched by a command (it may still have failed in its action). */
    public boolean matched() {
        return status != CmdStatus.ERR_NO_MATCH && status != CmdStatus.ERR_AMBIGUOUS
                && status != CmdStatus.ERR_INCOMPLETE;
    }
}
