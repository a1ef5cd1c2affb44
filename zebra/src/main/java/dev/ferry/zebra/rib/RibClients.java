package dev.ferry.zebra.rib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Client sessions (one per protocol daemon instance, FRR's zserv clients). A session owns the routes of its
 * (route type, instance); when it ends they are withdrawn from the RIB and the kernel, together with its
 * label chunks, LSPs, FTN bindings, nexthop registrations and redistribution subscriptions. A client that
 * asked for graceful-restart retention keeps its routes, marked stale, for that long: routes it sends again
 * replace them, {@link #routeUpdateComplete} sweeps the rest, and so does the timer.
 */
public final class RibClients {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.rib");

    /** Which notices about its own routes a client hears (FRR's ZAPI_ROUTE_NOTIFY, asked for or not). */
    public enum Notify {
        /** None. */
        NONE,
        /** Only that a route could not be installed or lost to another protocol's: no INSTALLED or REMOVED. */
        FAILURES,
        /** Every change of each route's fate. */
        ALL;

        /** Whether a client told this hears of {@code result}. */
        public boolean tells(RouteNotice.Result result) {
            return switch (this) {
                case NONE -> false;
                case FAILURES -> result != RouteNotice.Result.INSTALLED && result != RouteNotice.Result.REMOVED;
                case ALL -> true;
            };
        }
    }

    /** A client session. */
    private static final class Session {
        final ClientId id;
        final RouteType protocol;
        final int instance;
        final RibListener listener;
        final Notify notify;
        int retentionSeconds;

        Session(ClientId id, RouteType protocol, int instance, RibListener listener, Notify notify) {
            this.id = id;
            this.protocol = protocol;
            this.instance = instance;
            this.listener = listener;
            this.notify = notify;
        }
    }

    private record Owner(RouteType type, int instance) {
    }

    private final Rib rib;
    private final Map<ClientId, Session> sessions = new HashMap<>();
    private final Map<Owner, Session> owners = new HashMap<>();
    private final Map<Owner, RibScheduler.Timer> staleTimers = new HashMap<>();
    private final Map<Owner, Integer> retainedCounts = new HashMap<>();
    private long nextId = 1;
    /** The owner {@link #notifyOwner} found last: a burst of notices is mostly about one client's routes. */
    private Session lastOwner;

    RibClients(Rib rib) {
        this.rib = rib;
    }

    /**
     * Opens a session for (protocol, instance); {@code notify} says which notices about the fate of its routes
     * the client hears.
     */
    public ClientId connect(RouteType protocol, int instance, RibListener listener, Notify notify) {
        ClientId id = new ClientId(nextId++);
        Session s = new Session(id, protocol, instance, listener, notify);
        sessions.put(id, s);
        owners.put(new Owner(protocol, instance), s);
        lastOwner = null;
        return id;
    }

    /** Graceful restart: keep the client's routes this long after its session ends (0: withdraw at once). */
    public void setRetention(ClientId id, int seconds) {
        Session s = sessions.get(id);
        if (s != null) {
            s.retentionSeconds = Math.max(0, seconds);
        }
    }

    /** The session ended (closed or lost). */
    public void disconnect(ClientId id) {
        Session s = sessions.remove(id);
        if (s == null) {
            return;
        }
        Owner owner = new Owner(s.protocol, s.instance);
        if (owners.get(owner) == s) {
            owners.remove(owner);
        }
        lastOwner = null;
        rib.nht.clientGone(id);
        rib.redistribution.clientGone(id);
        rib.routerIds.clientGone(id);
        rib.labelManager.releaseAll(id);
        if (s.retentionSeconds > 0) {
            int n = rib.markStale(s.protocol, s.instance);
            LOG.log(System.Logger.Level.INFO, () -> "client " + s.protocol.frrName() + "[" + s.instance
                    + "] gone: keeping its " + n + " routes for " + s.retentionSeconds + "s (graceful restart)");
            retainedCounts.put(owner, n);
            RibScheduler.Timer old = staleTimers.put(owner,
                    rib.loop.schedule(() -> sweep(owner), s.retentionSeconds, TimeUnit.SECONDS));
            if (old != null) {
                old.cancel();
            }
            return;
        }
        int n = rib.withdrawAll(s.protocol, s.instance);
        rib.lfib.removeAll(s.protocol);
        rib.ftn.removeAll(s.protocol);
        LOG.log(System.Logger.Level.INFO, () -> "client " + s.protocol.frrName() + "[" + s.instance
                + "] gone: withdrew its " + n + " routes");
    }

    /** A restarted client has sent all its routes again: the ones it did not send go (FRR's zebra_gr). */
    public void routeUpdateComplete(ClientId id) {
        Session s = sessions.get(id);
        if (s != null) {
            sweep(new Owner(s.protocol, s.instance));
        }
    }

    /** How many routes of (protocol, instance) graceful restart still keeps from its last session. */
    public int retained(RouteType protocol, int instance) {
        return retainedCounts.getOrDefault(new Owner(protocol, instance), 0);
    }

    private void sweep(Owner owner) {
        retainedCounts.remove(owner);
        RibScheduler.Timer t = staleTimers.remove(owner);
        if (t != null) {
            t.cancel();
        }
        int n = rib.sweepStale(owner.type(), owner.instance());
        if (!owners.containsKey(owner)) {
            rib.lfib.removeAll(owner.type());
            rib.ftn.removeAll(owner.type());
        }
        if (n > 0) {
            LOG.log(System.Logger.Level.INFO, () -> "removed " + n + " stale " + owner.type().frrName() + " routes");
        }
    }

    /** The listener of a session; a no-op listener for sessions that are gone. */
    RibListener listener(ClientId id) {
        Session s = sessions.get(id);
        return s != null ? s.listener : RibListener.NONE;
    }

    /** Tells the owner of (type, instance) routes about one of them, if it asked to hear. */
    void notifyOwner(RouteNode node, RouteEntry e, RouteNotice.Result result, int errno, String message) {
        Session s = owner(e.type(), e.instance());
        if (s == null || !s.notify.tells(result)) {
            return;
        }
        s.listener.routeNotice(new RouteNotice(node.table.vrf().id(), node.prefix(), e.type(), e.instance(),
                result, errno, message, node.table.isMain() ? 0 : node.table.kernelTable(),
                e.hasFlag(RouteEntry.FLAG_RR_USE_DISTANCE) ? e.distance() : 0, e.opId(),
                !e.isRemoved() && !e.isStale()));
    }

    /** The session of (type, instance), without a key object when it is the one found last. */
    private Session owner(RouteType type, int instance) {
        Session s = lastOwner;
        if (s != null && s.protocol == type && s.instance == instance) {
            return s;
        }
        s = owners.get(new Owner(type, instance));
        lastOwner = s;
        return s;
    }

    public boolean isConnected(ClientId id) {
        return sessions.containsKey(id);
    }

    /** The (protocol, instance) a session speaks for. */
    public RouteType protocol(ClientId id) {
        Session s = sessions.get(id);
        return s != null ? s.protocol : null;
    }

    public List<ClientId> all() {
        return List.copyOf(sessions.keySet());
    }
}
