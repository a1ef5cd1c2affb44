package dev.ferry.staticd;

import dev.ferry.lib.daemon.Daemon;

/** Entry point of staticd. */
public final class StaticdMain {
    private StaticdMain() {
    }

    public static void main(String[] args) {
        Daemon.main("staticd", args, StaticDaemon::new);
    }
}
