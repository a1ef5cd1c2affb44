package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.zebra.rib.Errno;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kernel nexthop objects the dataplane made (FRR's zebra does the same with its nexthop groups): a route
 * through one gateway on one interface names the object for that pair (RTA_NH_ID) instead of carrying the
 * gateway itself, which the kernel inserts about a quarter faster (bench/netlink-nexthop.sh). Owned by the
 * dataplane's thread.
 *
 * <p>Only the simplest routes go by object: exactly one nexthop with a gateway of the route's own family on a
 * known interface, and nothing else (no label push, no SRv6, not onlink). Ids come from a range of Ferry's own,
 * from {@link #FIRST_ID} up, where the ids the kernel picks for others (from 1) do not reach.
 *
 * <p>The kernel deletes an object, and with it every route that names it, without telling anyone, when its
 * interface goes down, loses its carrier or goes away. So what this registry knows may be stale: a route that
 * names an object and fails makes it {@link #forget} the object, the dataplane sends that route again without
 * one, and the next route through that gateway makes a new object. Each forgetting moves {@link #generation()}
 * on, so that an encoded message naming an old id ({@link RouteTemplate}) is never used again.
 */
final class NexthopObjects {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.dplane");
    /** 0x10000000: far above the ids the kernel gives objects made without one, which count from 1. */
    static final int FIRST_ID = 0x10000000;

    private final Map<NextHop, Integer> ids = new HashMap<>();
    private final Map<Integer, NextHop> keys = new HashMap<>();
    private boolean enabled;
    private int nextId = FIRST_ID;
    private int generation;
    private long creationFailures;

    NexthopObjects(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Whether a route of {@code family} whose kernel form is {@code hops} can go by object: one nexthop, with a
     * gateway of the route's family, an interface, and nothing more (labels and SRv6 are encapsulations).
     */
    static boolean eligible(int family, List<NextHop> hops) {
        if (hops.size() != 1) {
            return false;
        }
        NextHop h = hops.getFirst();
        byte[] gateway = h.gateway();
        return gateway != null && gateway.length == AddressFamily.addressLength(family) && h.ifindex() != 0
                && h.via() == null && h.encap() == null && h.newDst() == null && h.flags() == 0;
    }

    boolean enabled() {
        return enabled;
    }

    /** The id of the object known for {@code hop} (an {@link #eligible} one), or 0. */
    int idOf(NextHop hop) {
        Integer id = ids.get(hop);
        return id == null ? 0 : id;
    }

    /** A new id for {@code hop}, known from now on; the caller creates the object before any route names it. */
    int assign(NextHop hop) {
        int id = nextId;
        nextId = nextId == -1 ? FIRST_ID : nextId + 1; // u32: on past 0x7fffffff, never to 0
        ids.put(hop, id);
        keys.put(id, hop);
        return id;
    }

    /** Forgets object {@code id} if it is still the one known for its gateway: it is gone, or never came. */
    void forget(int id) {
        NextHop hop = keys.remove(id);
        if (hop != null && ids.remove(hop, id)) {
            generation++;
        }
    }

    /**
     * The kernel refused to create object {@code id}. Forgotten; a kernel without nexthop objects (older than
     * 5.3) turns them off for good.
     */
    void creationFailed(int id, NetlinkError error) {
        forget(id);
        creationFailures++;
        LOG.log(System.Logger.Level.DEBUG, () -> "nexthop object " + Integer.toUnsignedString(id) + " not created: "
                + error);
        if (enabled && unsupported(error)) {
            enabled = false;
            generation++;
            LOG.log(System.Logger.Level.WARNING, "this kernel has no nexthop objects (" + error + "): routes are "
                    + "installed with their gateways");
        }
    }

    private static boolean unsupported(NetlinkError error) {
        String extack = error.extackMessage();
        return error.errno() == Errno.EOPNOTSUPP || error.errno() == Errno.EAFNOSUPPORT
                || (extack != null && extack.toLowerCase(Locale.ROOT).contains("unknown message type"));
    }

    /** Moves on whenever an id given out before must not be named again. */
    int generation() {
        return generation;
    }

    /** How many objects the kernel refused to create. */
    long creationFailures() {
        return creationFailures;
    }

    /** How many objects are known. */
    int size() {
        return ids.size();
    }
}
