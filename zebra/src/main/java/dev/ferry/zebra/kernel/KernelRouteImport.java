package dev.ferry.zebra.kernel;

import dev.ferry.lib.netlink.MulticastGroup;
import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetlinkMonitor;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.SocketFilter;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.zebra.iface.InterfaceListener;
import dev.ferry.zebra.iface.VrfInfo;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RibVrf;
import dev.ferry.zebra.rib.RouteType;
import dev.ferry.zebra.rib.RouteUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Keeps the RIB's kernel routes ("K", FRR's RIB_SYSTEM_ROUTE) in step with the kernel: a dump of the IPv4
 * and IPv6 routes at start, then the route events. Ferry's own routes are dropped in the kernel by a socket
 * filter, so installing a full table does not echo back here. After lost events (ENOBUFS) or a new VRF it
 * dumps again and drops what the kernel no longer has. Everything but the socket reads runs on zebra's loop.
 */
public final class KernelRouteImport implements AutoCloseable, InterfaceListener {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.kernel");

    private final Rib rib;
    private final Executor loop;
    private final NetlinkSocket control;
    private final Map<KernelRoute.Key, KernelRoute> imported = new HashMap<>();
    /** The VRFs the last dump was read with: a VRF added since may have routes zebra skipped. */
    private final Set<Integer> vrfsAtLastDump = new HashSet<>();
    private NetlinkMonitor monitor;

    private KernelRouteImport(Rib rib, Executor loop, NetlinkSocket control) {
        this.rib = rib;
        this.loop = loop;
        this.control = control;
    }

    /** Starts in the daemon's namespace (or {@code namespace}); call on zebra's loop, after the VRFs are known. */
    public static KernelRouteImport start(Rib rib, Executor loop, String namespace) throws NetlinkException {
        NetlinkSocket.Options base = NetlinkSocket.Options.defaults();
        if (namespace != null) {
            base = base.inNamespace(namespace);
        }
        NetlinkSocket events = NetlinkSocket.open(base.subscribe(MulticastGroup.IPV4_ROUTE, MulticastGroup.IPV6_ROUTE));
        NetlinkSocket control;
        try {
            events.attachFilter(SocketFilter.dropFerryRoutes());
            control = NetlinkSocket.open(base);
        } catch (NetlinkException e) {
            events.close();
            throw e;
        }
        KernelRouteImport k = new KernelRouteImport(rib, loop, control);
        try {
            k.resync(k.dump()); // subscribed first: what changes meanwhile comes as events after the dump
        } catch (NetlinkException e) {
            events.close();
            control.close();
            throw e;
        }
        k.monitor = NetlinkMonitor.start(events, "zebra-nl-routes", k.eventListener());
        LOG.log(System.Logger.Level.INFO, "kernel routes: " + k.imported.size() + " taken in");
        return k;
    }

    /** How many kernel routes the RIB holds (show, tests). */
    public int size() {
        return imported.size();
    }

    private List<RouteMessage> dump() throws NetlinkException {
        List<RouteMessage> routes = new ArrayList<>();
        synchronized (control) {
            for (int family : new int[] {AddressFamily.INET, AddressFamily.INET6}) {
                for (NetlinkMessage m : control.dump(RouteMessage.dump(family))) {
                    if (m.payload() instanceof RouteMessage r && r.family() == family) {
                        routes.add(r);
                    }
                }
            }
        }
        return routes;
    }

    /** The kernel's whole state: adds what is new or changed, deletes what is gone. */
    void resync(List<RouteMessage> routes) {
        vrfsAtLastDump.clear();
        rib.vrfs().all().forEach(v -> vrfsAtLastDump.add(v.id()));
        Set<KernelRoute.Key> present = new HashSet<>();
        for (RouteMessage r : routes) {
            read(r).ifPresent(k -> {
                present.add(k.key());
                add(k);
            });
        }
        for (KernelRoute k : List.copyOf(imported.values())) {
            if (!present.contains(k.key())) {
                delete(k.key());
            }
        }
    }

    void apply(NetlinkMessage m) {
        if (!(m.payload() instanceof RouteMessage r)) {
            return;
        }
        Optional<KernelRoute> k = read(r);
        if (k.isEmpty()) {
            return;
        }
        if (m.header().type() == NlMsgType.RTM_DELROUTE) {
            delete(k.get().key());
        } else {
            add(k.get());
        }
    }

    private Optional<KernelRoute> read(RouteMessage r) {
        return KernelRouteReader.read(r, table -> {
            for (RibVrf v : rib.vrfs().all()) {
                if (v.id() != RibVrf.DEFAULT_ID && v.tableId() == table) {
                    return v.id();
                }
            }
            return KernelRouteReader.NO_VRF;
        });
    }

    private void add(KernelRoute k) {
        if (k.equals(imported.get(k.key()))) {
            return;
        }
        imported.put(k.key(), k);
        rib.addRoute(new RouteUpdate(k.vrfId(), k.prefix(), RouteType.KERNEL, 0, RouteType.KERNEL.defaultDistance(),
                k.metric(), 0, 0, k.nexthops()));
    }

    private void delete(KernelRoute.Key key) {
        if (imported.remove(key) != null) {
            rib.deleteKernelRoute(key.vrfId(), key.prefix(), key.metric());
        }
    }

    /** A VRF zebra hears of now may already have routes in its table: look again. */
    @Override
    public void vrfAdded(VrfInfo vrf) {
        if (!vrfsAtLastDump.contains(vrf.id())) {
            redumpLater();
        }
    }

    @Override
    public void vrfRemoved(VrfInfo vrf) {
        for (KernelRoute k : List.copyOf(imported.values())) {
            if (k.vrfId() == vrf.id()) {
                imported.remove(k.key()); // the RIB dropped the VRF's tables with it
            }
        }
    }

    private void redumpLater() {
        Thread.ofVirtual().name("zebra-kernel-redump").start(() -> {
            try {
                List<RouteMessage> routes = dump();
                post(() -> resync(routes));
            } catch (NetlinkException e) {
                LOG.log(System.Logger.Level.ERROR, "kernel routes: dump failed: " + e.getMessage());
            }
        });
    }

    private NetlinkMonitor.Listener eventListener() {
        return new NetlinkMonitor.Listener() {
            @Override
            public void message(NetlinkMessage m) {
                post(() -> apply(m));
            }

            @Override
            public void malformed(NetlinkDecodeException e) {
                LOG.log(System.Logger.Level.WARNING, "kernel routes: malformed netlink event dropped: "
                        + e.getMessage());
            }

            @Override
            public void overrun() {
                LOG.log(System.Logger.Level.WARNING, "kernel routes: events lost (ENOBUFS), dumping the routes again");
                redumpLater();
            }

            @Override
            public void failed(NetlinkException e) {
                LOG.log(System.Logger.Level.ERROR, "kernel routes: netlink failed, no more route events: "
                        + e.getMessage());
            }
        };
    }

    private void post(Runnable work) {
        try {
            loop.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "kernel route event after zebra stopped: dropped");
        }
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.close();
        }
        synchronized (control) {
            control.close();
        }
    }
}
