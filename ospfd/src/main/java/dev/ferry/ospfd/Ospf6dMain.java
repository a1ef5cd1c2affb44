package dev.ferry.ospfd;

import dev.ferry.lib.daemon.Daemon;

/** Entry point of ospf6d. */
public final class Ospf6dMain {
    private Ospf6dMain() {
    }

    public static void main(String[] args) {
        Daemon.main("ospf6d", args, Ospf6Daemon::new);
    }
}
