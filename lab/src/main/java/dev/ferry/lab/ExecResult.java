package dev.ferry.lab;

/** What a command run inside a lab router printed and returned. */
public record ExecResult(int exitCode, String stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }
}
