package dev.ferry.zebra;

import dev.ferry.lib.daemon.Daemon;

/** Entry point of zebra. */
public final class ZebraMain {
    private ZebraMain() {
    }

    public static void main(String[] args) {
        Daemon.main("zebra", args, ZebraDaemon::new);
    }
}
