package dev.ferry.lib.cli;

/** What a command does. It runs on the daemon's event loop, so it may touch protocol state freely. */
@FunctionalInterface
public interface Action {
    void run(CommandContext ctx);
}
