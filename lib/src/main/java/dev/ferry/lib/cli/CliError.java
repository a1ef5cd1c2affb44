package dev.ferry.lib.cli;

/**
 * Thrown by a command action to refuse a command with an operator-facing message, FRR style
 * ("% Malformed address"). The session is left as it was; the daemon goes on.
 */
public final class CliError extends RuntimeException {
    public CliError(String message) {
        super(message, null, false, false);
    }
}
