package dev.ferry.it;

import dev.ferry.bgpd.BgpDaemon;
import dev.ferry.ldpd.LdpDaemon;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.ospfd.Ospf6Daemon;
import dev.ferry.ospfd.OspfDaemon;
import dev.ferry.staticd.StaticDaemon;
import dev.ferry.zebra.ZebraDaemon;
import dev.ferry.zebra.config.Forwarding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.Supplier;

/**
 * All six real daemons of one router running in the test's JVM, with their VTY sockets in one run
 * directory, so vtysh (in-process or not) can drive them. Much faster than processes, same code paths.
 */
public final class InProcessRouter implements AutoCloseable {
    private static final SequencedMap<String, Supplier<DaemonModule>> DAEMONS = new LinkedHashMap<>();

    static {
        // forwarding on, as in the namespaces where the FRR references were recorded
        DAEMONS.put("zebra", () -> new ZebraDaemon(new Forwarding(true, true)));
        DAEMONS.put("staticd", () -> new StaticDaemon(false));
        DAEMONS.put("ospfd", () -> new OspfDaemon(false));
        DAEMONS.put("ospf6d", () -> new Ospf6Daemon(false));
        DAEMONS.put("ldpd", () -> new LdpDaemon(false));
        DAEMONS.put("bgpd", BgpDaemon::new);
    }

    private final List<Daemon> daemons = new ArrayList<>();

    private InProcessRouter() {
    }

    public static InProcessRouter start(Path runDir) throws Exception {
        InProcessRouter r = new InProcessRouter();
        try {
            for (var e : DAEMONS.entrySet()) {
                r.daemons.add(TestDaemons.start(runDir, e.getKey(), e.getValue().get()));
            }
        } catch (Exception e) {
            r.close();
            throw e;
        }
        return r;
    }

    /** The daemons in FRR's start order: zebra, staticd, ospfd, ospf6d, ldpd, bgpd. */
    public List<Daemon> daemons() {
        return daemons;
    }

    @Override
    public void close() {
        daemons.forEach(Daemon::close);
        daemons.clear();
    }
}
