package dev.ferry.bgpd;

import dev.ferry.lib.daemon.Daemon;

/** Entry point of bgpd. */
public final class BgpdMain {
    private BgpdMain() {
    }

    public static void main(String[] args) {
        Daemon.main("bgpd", args, () -> new BgpDaemon(true));
    }
}
