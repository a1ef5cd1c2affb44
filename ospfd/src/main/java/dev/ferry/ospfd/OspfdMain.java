package dev.ferry.ospfd;

import dev.ferry.lib.daemon.Daemon;

/** Entry point of ospfd. */
public final class OspfdMain {
    private OspfdMain() {
    }

    public static void main(String[] args) {
        Daemon.main("ospfd", args, OspfDaemon::new);
    }
}
