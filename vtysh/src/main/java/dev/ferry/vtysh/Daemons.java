package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The daemons vtysh talks to, in FRR's client order (vtysh.c vtysh_client[]), which is also the order
 * their outputs are printed in. watchfrr is not one of them: it holds no configuration.
 */
final class Daemons {
    static final String[] ORDER = {"zebra", "ospfd", "ospf6d", "ldpd", "bgpd", "staticd"};

    private final List<DaemonSession> sessions;

    Daemons(List<DaemonSession> sessions) {
        this.sessions = sessions;
    }

    /** Whether NAME is a daemon vtysh knows (for -d and `show running-config DAEMON`). */
    static boolean known(String name) {
        for (String d : ORDER) {
            if (d.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connects to every daemon whose socket is in VTYDIR (or only ONLY, if not null). Missing sockets
     * and refused connections are skipped silently, as FRR does.
     */
    static Daemons connect(Path vtyDir, String only, Output output) {
        List<DaemonSession> sessions = new ArrayList<>(ORDER.length);
        for (String name : ORDER) {
            if (only != null && !only.equals(name)) {
                continue;
            }
            Path socket = vtyDir.resolve(name + ".vty");
            if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                sessions.add(new DaemonSession(name, VtyClient.connect(socket), output));
            } catch (IOException e) {
                // A stale socket of a stopped daemon: FRR skips it too.
            }
        }
        return new Daemons(sessions);
    }

    /** The connected daemons, in order; dead ones are skipped. */
    List<DaemonSession> alive() {
        List<DaemonSession> alive = new ArrayList<>(sessions.size());
        for (DaemonSession s : sessions) {
            if (s.alive()) {
                alive.add(s);
            }
        }
        return alive;
    }

    boolean isEmpty() {
        return alive().isEmpty();
    }

    /** The first connected daemon, which answers the questions every daemon answers alike. */
    DaemonSession first() {
        for (DaemonSession s : sessions) {
            if (s.alive()) {
                return s;
            }
        }
        return null;
    }

    void close() {
        for (DaemonSession s : sessions) {
            s.close();
        }
    }
}
