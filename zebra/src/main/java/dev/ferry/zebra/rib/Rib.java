package dev.ferry.zebra.rib;

import dev.ferry.zebra.rib.mpls.LabelManager;
import dev.ferry.zebra.rib.mpls.Lfib;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * zebra's routing information base: a route table per (VRF, AFI), the routes of every client, selection,
 * recursive resolution, and the services clients use (nexthop tracking, redistribution, router-id, label
 * manager, LFIB and FTN). Everything runs on the zebra event loop; nothing here locks.
 * <p>
 * Changes only mark nodes dirty; the work queue processes them in batches on the loop ({@link #runBatch}),
 * each batch ending with one submit to the dataplane and one re-evaluation of tracked nexthops. The kernel's
 * answers come back per op: installed, or refused with errno and message, which `show ip route` displays
 * ('r' and the reason), the owning client hears, and the log says once per reason.
 * <pre>
 *   client / interface / config --add, delete--> node dirty --WorkQueue--> RibProcessor
 *        RibProcessor --RouteOp batch--> FibPort (dataplane thread) --FibResult--> loop --> entry status
 *        node FIB change --> NexthopTracker --> stale groups re-queued, NHT clients notified
 * </pre>
 */
public final class Rib {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.rib");
    /** Nodes per batch before yielding to other events on the loop. */
    static final int BATCH = 20_000;
    /**
     * Ops in flight before the work queue waits for the dataplane: 16 of its 256-message sends, enough to keep
     * it busy. A deeper window only holds more ops and their kernel messages alive at each young collection, and
     * the collector promotes what is alive then: with 60,000, ~90 MB of dead ops in the old generation after a
     * 1M-route ingest; with 8,192, ~8 MB more than with 4,096, at the same speed (BENCHMARKS.md, "bgpd + zebra:
     * a full table from one eBGP peer into the kernel").
     */
    static final int WINDOW = 4096;

    final RibScheduler loop;
    private final IntSupplier clock;
    final RibVrfs vrfs = new RibVrfs();
    final NexthopGroups groups = new NexthopGroups();
    private final RouteExtras.Cache extras = new RouteExtras.Cache();
    final NexthopTracker tracker = new NexthopTracker(this);
    final NexthopResolver resolver = new NexthopResolver(this);
    final WorkQueue queue = new WorkQueue();
    final RibProcessor processor = new RibProcessor(this);
    final RibInterfaces interfaces = new RibInterfaces(this);
    final RibClients clients = new RibClients(this);
    final Redistribution redistribution = new Redistribution(this);
    final Nht nht = new Nht(this);
    final RouterIds routerIds = new RouterIds(this);
    final Ftn ftn = new Ftn(this);
    final FibFailureLog failureLog = new FibFailureLog();
    final FibDispatcher fib;
    final LabelManager labelManager;
    final Lfib lfib;
    final RouteInstaller installer = new RouteInstaller(this);
    private final FibPort port;
    private boolean scheduled;

    /**
     * @param loop the zebra event loop
     * @param port the dataplane
     * @param clock monotonic seconds, for route uptimes
     */
    public Rib(RibScheduler loop, FibPort port, IntSupplier clock) {
        this.loop = loop;
        this.clock = clock;
        this.fib = new FibDispatcher(this, port, WINDOW);
        this.port = port;
        this.labelManager = new LabelManager();
        this.lfib = new Lfib(new LfibAccess());
    }

    /** A RIB on {@code loop} whose clock is the JVM's monotonic time. */
    public static Rib create(RibScheduler loop, FibPort port) {
        long start = System.nanoTime();
        return new Rib(loop, port, () -> (int) ((System.nanoTime() - start) / 1_000_000_000L));
    }

    /** Whether the dataplane puts IP routes' labels in the kernel (not where the kernel has no MPLS). */
    public boolean pushesLabels() {
        return port.pushesLabels();
    }

    public RibVrfs vrfs() {
        return vrfs;
    }

    public RibInterfaces interfaces() {
        return interfaces;
    }

    public RibClients clients() {
        return clients;
    }

    public Nht nht() {
        return nht;
    }

    public Redistribution redistribution() {
        return redistribution;
    }

    public RouterIds routerIds() {
        return routerIds;
    }

    public LabelManager labelManager() {
        return labelManager;
    }

    public Lfib lfib() {
        return lfib;
    }

    public Ftn ftn() {
        return ftn;
    }

    /** Seconds on the RIB clock (uptimes are measured against it). */
    public int now() {
        return clock.getAsInt();
    }

    // ---- VRFs ----

    /** A VRF became active (kernel device or namespace): it gets its tables. */
    public RibVrf addVrf(int id, String name, int tableId) {
        RibVrf v = vrfs.add(id, name, tableId);
        routerIds.vrfAdded(v);
        return v;
    }

    /** A VRF went away: its routes are dropped (the kernel dropped its table with it). */
    public void removeVrf(int id) {
        RibVrf v = vrfs.byId(id);
        if (v == null || id == RibVrf.DEFAULT_ID) {
            return;
        }
        vrfs.remove(v);
        routerIds.vrfRemoved(v);
        for (Afi afi : Afi.values()) {
            List<RouteTable> tables = new java.util.ArrayList<>(v.otherTables(afi));
            tables.add(v.table(afi));
            for (RouteTable t : tables) {
                t.forEach(n -> {
                    for (RouteEntry e = n.head; e != null; e = e.next) {
                        e.clearStatus(RouteEntry.INSTALLED | RouteEntry.QUEUED | RouteEntry.FIB_SELECTED);
                        markRemoved(n, e);
                    }
                });
            }
        }
        schedule();
    }

    /** `ip nht resolve-via-default` / `ipv6 nht resolve-via-default` for a VRF. */
    public void setResolveViaDefault(int vrfId, Afi afi, boolean on) {
        RibVrf v = vrfs.byId(vrfId);
        if (v == null || v.resolveViaDefault(afi) == on) {
            return;
        }
        v.resolveViaDefault(afi, on);
        for (Rnh r : tracker.inVrf(vrfId)) {
            tracker.markDirty(r);
        }
        schedule();
    }

    // ---- routes ----

    /**
     * Adds or replaces a route (FRR's rib_add_multipath). Unknown VRF: dropped, as FRR does. A route with
     * another kernel table id goes to that table's RIB (created on first use), apart from the VRF's routes.
     */
    public boolean addRoute(RouteUpdate u) {
        return addRoute(u, 0);
    }

    /**
     * Adds or replaces a client's route, as {@link #addRoute(RouteUpdate)}; {@code opId}, the id of the client's
     * operation, rides on the owner's notices about the route ({@link RouteNotice#opId}).
     */
    public boolean addRoute(RouteUpdate u, long opId) {
        return addRoute(u, u.prefix(), opId);
    }

    /**
     * Adds {@code u} with another prefix, {@code prefix} of the same family: for the routes a client packs into
     * one (API 1.3), which differ only by prefix and so share one update.
     */
    public boolean addRoute(RouteUpdate u, Prefix prefix, long opId) {
        RibVrf vrf = vrfs.byId(u.vrfId());
        if (vrf == null) {
            LOG.log(System.Logger.Level.DEBUG, () -> "route " + prefix + " for unknown vrf " + u.vrfId());
            return false;
        }
        RouteNode node = vrf.tableOrCreate(prefix.afi(), u.tableId()).getOrCreate(prefix);
        List<Nexthop> nexthops = ftn.apply(u.vrfId(), prefix, u.type(), u.nexthops());
        RouteEntry e = new RouteEntry(u.type(), u.instance(), u.distance(), u.metric(), u.tag(), u.flags(),
                groups.acquire(nexthops), now(), opId, extras);
        RouteEntry same = findSame(node, e);
        if (same != null) {
            markRemoved(node, same);
        }
        node.addFirst(e);
        queue.add(node, e.type());
        schedule();
        return true;
    }

    /** Deletes the route of (type, instance) to a prefix; false if there is none. */
    public boolean deleteRoute(int vrfId, Prefix prefix, RouteType type, int instance) {
        return deleteRoute(vrfId, 0, prefix, type, instance);
    }

    /** Deletes the route of (type, instance) to a prefix in a kernel table (0: the VRF's). */
    public boolean deleteRoute(int vrfId, int tableId, Prefix prefix, RouteType type, int instance) {
        return delete(vrfId, tableId, prefix, e -> e.type() == type && e.instance() == instance);
    }

    /** Deletes one static route among several of different distances (FLAG_RR_USE_DISTANCE). */
    public boolean deleteRoute(int vrfId, Prefix prefix, RouteType type, int instance, int distance) {
        return deleteRoute(vrfId, 0, prefix, type, instance, distance);
    }

    /**
     * Deletes, in a kernel table (0: the VRF's), the route of (type, instance) with that distance among several
     * of different distances (FLAG_RR_USE_DISTANCE); an entry without the flag matches whatever its distance.
     */
    public boolean deleteRoute(int vrfId, int tableId, Prefix prefix, RouteType type, int instance, int distance) {
        return delete(vrfId, tableId, prefix, e -> e.type() == type && e.instance() == instance
                && (!e.hasFlag(RouteEntry.FLAG_RR_USE_DISTANCE) || e.distance() == distance));
    }

    /** Deletes the kernel route ("K") to a prefix with that metric: the kernel keeps one per metric. */
    public boolean deleteKernelRoute(int vrfId, Prefix prefix, int metric) {
        return delete(vrfId, 0, prefix, e -> e.type() == RouteType.KERNEL && e.metric() == metric);
    }

    boolean deleteConnected(int vrfId, Prefix prefix, int ifindex) {
        return delete(vrfId, 0, prefix, e -> e.type() == RouteType.CONNECTED && connectedIfindex(e) == ifindex);
    }

    private boolean delete(int vrfId, int tableId, Prefix prefix, java.util.function.Predicate<RouteEntry> which) {
        RibVrf vrf = vrfs.byId(vrfId);
        RouteTable table = vrf == null ? null : vrf.table(prefix.afi(), tableId);
        RouteNode node = table == null ? null : table.get(prefix);
        if (node == null) {
            return false;
        }
        for (RouteEntry e = node.head; e != null; e = e.next) {
            if (!e.isRemoved() && which.test(e)) {
                markRemoved(node, e);
                schedule();
                return true;
            }
        }
        return false;
    }

    /** FRR's rib_compare_routes: which existing entry a new one replaces. */
    private static RouteEntry findSame(RouteNode node, RouteEntry n) {
        for (RouteEntry e = node.head; e != null; e = e.next) {
            if (e.isRemoved() || e.type() != n.type() || e.instance() != n.instance()) {
                continue;
            }
            if (n.type() == RouteType.KERNEL && e.metric() != n.metric()) {
                continue;
            }
            if (n.hasFlag(RouteEntry.FLAG_RR_USE_DISTANCE) && e.distance() != n.distance()) {
                continue;
            }
            if (n.type() == RouteType.CONNECTED && connectedIfindex(e) != connectedIfindex(n)) {
                continue;
            }
            return e;
        }
        return null;
    }

    private static int connectedIfindex(RouteEntry e) {
        return e.group.size() > 0 ? e.group.get(0).ifindex() : 0;
    }

    void markRemoved(RouteNode node, RouteEntry e) {
        e.setStatus(RouteEntry.REMOVED);
        queue.add(node, e.type());
    }

    /** The exact prefix in a VRF, or null. */
    public RouteNode route(int vrfId, Prefix prefix) {
        return route(vrfId, 0, prefix);
    }

    /** The exact prefix in a kernel table of a VRF (0: the VRF's own), or null. */
    public RouteNode route(int vrfId, int tableId, Prefix prefix) {
        RibVrf vrf = vrfs.byId(vrfId);
        RouteTable table = vrf == null ? null : vrf.table(prefix.afi(), tableId);
        return table == null ? null : table.get(prefix);
    }

    /** Longest-prefix match of an address in a VRF, or null. */
    public RouteNode lookup(int vrfId, IpAddress address) {
        RibVrf vrf = vrfs.byId(vrfId);
        return vrf == null ? null : vrf.table(address.afi()).longestMatch(address, address.afi().bits());
    }

    /** Why the kernel refused this entry, or null. */
    public FibResult failure(RouteEntry e) {
        return installer.failure(e);
    }

    // ---- work queue ----

    void schedule() {
        if (!scheduled && (!queue.isEmpty() || tracker.hasPending() || lfib.hasPending())) {
            scheduled = true;
            loop.execute(this::runBatch);
        }
    }

    /** One batch of the work queue (FRR's meta_queue_process); reschedules itself while work remains. */
    void runBatch() {
        scheduled = false;
        int n = 0;
        while (n < BATCH && fib.hasRoom()) {
            RouteNode node = queue.poll();
            if (node == null) {
                break;
            }
            processor.process(node);
            n++;
        }
        tracker.flush();
        lfib.process();
        fib.flush();
        if (fib.hasRoom()) {
            schedule();
        }
    }

    /** Whether nothing waits in the work queue (ops may still be in flight). */
    public boolean isIdle() {
        return queue.isEmpty() && !tracker.hasPending() && !lfib.hasPending();
    }

    /** Ops submitted to the dataplane and not yet answered. */
    public int opsInFlight() {
        return fib.inFlight();
    }

    void afterFibResults() {
        tracker.flush();
        fib.flush(); // ops decided while applying answers (deletes after refusals)
        schedule();
    }

    void nodeFibChanged(RouteNode node) {
        if (!node.table.isMain()) {
            return; // nothing resolves through a `table N` route
        }
        tracker.nodeChanged(node);
        if (node.table.afi() == Afi.IPV4 && node.table.vrf().id() == RibVrf.DEFAULT_ID) {
            lfib.routesChanged();
        }
    }

    // ---- shared-object bookkeeping ----

    /** Points {@code e} at {@code g}, keeping reference counts right (see NexthopResolver.resolve). */
    void adopt(RouteEntry e, ResolvedGroup g) {
        ResolvedGroup old = e.nhe;
        if (old == g) {
            return;
        }
        g.refs++;
        e.nhe = g;
        if (old != null) {
            release(old);
        }
    }

    private void release(ResolvedGroup g) {
        if (--g.refs == 0) {
            resolver.uncache(g);
        }
    }

    /** An entry left its node for good. */
    void forget(RouteEntry e) {
        installer.clearFailure(e);
        if (e.nhe != null) {
            release(e.nhe);
            e.nhe = null;
        }
        if (e.group != null) {
            groups.release(e.group);
        }
    }

    /** Points {@code e} at other client nexthops (FTN labels changed), to be resolved again. */
    void regroup(RouteNode node, RouteEntry e, List<Nexthop> nexthops) {
        NexthopGroup g = groups.acquire(nexthops);
        if (g == e.group) {
            groups.release(g);
            return;
        }
        groups.release(e.group);
        e.group = g;
        e.setStatus(RouteEntry.CHANGED);
        queue.add(node, e.type());
        schedule();
    }

    /** Queues every route whose nexthop resolution went stale. */
    void requeueStaleRoutes() {
        forEachEntry((node, e) -> {
            if (e.nhe != null && e.nhe.stale && !e.isRemoved()) {
                e.setStatus(RouteEntry.CHANGED);
                queue.add(node, e.type());
            }
        });
        schedule();
    }

    /** An interface changed state: routes with nexthops on it resolve again. */
    void interfaceChanged(int ifindex) {
        resolver.interfaceChanged(ifindex);
        forEachEntry((node, e) -> {
            if (e.nhe != null && !e.isRemoved() && (e.nhe.stale || e.nhe.usesInterface(ifindex))) {
                e.setStatus(RouteEntry.CHANGED);
                queue.add(node, e.type());
            }
        });
        lfib.routesChanged();
        schedule();
    }

    // ---- clients ----

    /** Withdraws every route of (type, instance) in every VRF; returns how many. */
    int withdrawAll(RouteType type, int instance) {
        int[] n = {0};
        forEachEntry((node, e) -> {
            if (!e.isRemoved() && e.type() == type && e.instance() == instance) {
                markRemoved(node, e);
                n[0]++;
            }
        });
        schedule();
        return n[0];
    }

    int markStale(RouteType type, int instance) {
        int[] n = {0};
        forEachEntry((node, e) -> {
            if (!e.isRemoved() && e.type() == type && e.instance() == instance) {
                e.setStatus(RouteEntry.STALE);
                n[0]++;
            }
        });
        return n[0];
    }

    int sweepStale(RouteType type, int instance) {
        int[] n = {0};
        forEachEntry((node, e) -> {
            if (!e.isRemoved() && e.hasStatus(RouteEntry.STALE) && e.type() == type && e.instance() == instance) {
                markRemoved(node, e);
                n[0]++;
            }
        });
        schedule();
        return n[0];
    }

    interface EntryVisitor {
        void visit(RouteNode node, RouteEntry e);
    }

    void forEachEntry(EntryVisitor v) {
        for (RouteTable t : vrfs.tables()) {
            t.forEach(node -> {
                for (RouteEntry e = node.head; e != null; e = e.next) {
                    v.visit(node, e);
                }
            });
        }
    }

    /** Counters for benchmarks and debugging. */
    public Map<String, Integer> stats() {
        return Map.of("nexthopGroups", groups.size(), "resolvedGroupsCached", resolver.cacheSize(),
                "trackedNexthops", tracker.size(), "queued", queue.size(), "inFlight", fib.inFlight());
    }

    /** What the LFIB needs from the RIB, without exposing the RIB's internals to its package. */
    public final class LfibAccess {
        private LfibAccess() {
        }

        public void submit(Object key, FibOp op) {
            fib.submit(key, op);
        }

        public boolean takeIfLatest(Object key, FibOp op) {
            return fib.takeIfLatest(key, op);
        }

        public void schedule() {
            Rib.this.schedule();
        }

        public void refused(FibOp op, FibResult r) {
            failureLog.refused(op, r);
        }

        /** The interface through which {@code gateway} is directly connected (default VRF), or 0. */
        public int connectedInterface(IpAddress gateway) {
            RouteNode n = lookup(RibVrf.DEFAULT_ID, gateway);
            if (n == null) {
                return 0;
            }
            for (RouteEntry e = n.head; e != null; e = e.next) {
                if (!e.isRemoved() && e.isSelected() && e.type() == RouteType.CONNECTED) {
                    return connectedIfindex(e);
                }
            }
            return 0;
        }

        public String interfaceName(int ifindex) {
            return interfaces.name(RibVrf.DEFAULT_ID, ifindex);
        }
    }
}
