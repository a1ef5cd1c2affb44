package dev.ferry.ldpd;

import dev.ferry.lib.daemon.Daemon;

/** Entry point of ldpd. */
public final class LdpdMain {
    private LdpdMain() {
    }

    public static void main(String[] args) {
        Daemon.main("ldpd", args, LdpDaemon::new);
    }
}
