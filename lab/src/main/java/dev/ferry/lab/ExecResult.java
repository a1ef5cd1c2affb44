package dev.ferry.lab;

/** What a command run inside a lab router printed and returned. */
public record ExecResult(int exitCode, String stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }

    /** stdout, then stderr if there was any: for messages. */
    public String output() {
        return stderr.isBlank() ? stdout : stdout + (stdout.isEmpty() || stdout.endsWith("\n") ? "" : "\n") + stderr;
    }
}
