package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.RequestBatcher;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.NexthopMessage;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the routes an earlier zebra left in the kernel (FRR's rib_sweep_route after a crash): every route
 * of every table and family whose rtm_protocol is one of Ferry's (230..235), then every kernel nexthop object
 * of Ferry's protocols ({@link NexthopObjects}; after the routes, since deleting an object deletes the routes
 * that name it). Routes and objects of other owners, FRR's included, are left alone. zebra runs it before it
 * installs anything, and again when it stops.
 */
public final class StaleRouteSweep {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.dplane");

    private StaleRouteSweep() {
    }

    /** Sweeps the current network namespace; returns how many routes went. */
    public static int run(NetlinkSocket.Options options) {
        try (NetlinkSocket s = NetlinkSocket.open(options)) {
            int n = 0;
            for (int family : new int[] {AddressFamily.INET, AddressFamily.INET6, AddressFamily.MPLS}) {
                n += sweep(s, family);
            }
            sweepNexthopObjects(s);
            return n;
        } catch (NetlinkException e) {
            LOG.log(System.Logger.Level.ERROR, "stale route sweep failed: " + e.getMessage());
            return 0;
        }
    }

    private static int sweep(NetlinkSocket s, int family) throws NetlinkException {
        List<RouteMessage> stale = new ArrayList<>();
        try {
            for (NetlinkMessage m : s.dump(RouteMessage.dump(family))) {
                if (m.payload() instanceof RouteMessage r && r.family() == family
                        && RouteProtocol.isFerry(r.protocol())) {
                    stale.add(r);
                }
            }
        } catch (NetlinkException e) {
            if (family == AddressFamily.MPLS) {
                return 0; // no MPLS in this kernel: nothing of ours can be there
            }
            throw e;
        }
        List<NetlinkRequest> deletes = new ArrayList<>(stale.size());
        for (RouteMessage r : stale) {
            deletes.add(r.forDelete().request(NlMsgType.RTM_DELROUTE, NlFlags.REQUEST));
        }
        int removed = delete(s, deletes, "route");
        if (removed > 0) {
            LOG.log(System.Logger.Level.INFO, () -> "removed " + removed + " stale " + familyName(family)
                    + " routes left by an earlier run");
        }
        return removed;
    }

    /** Deletes Ferry's nexthop objects; a kernel without them (older than 5.3) refuses the dump: none to delete. */
    private static void sweepNexthopObjects(NetlinkSocket s) throws NetlinkException {
        List<NetlinkRequest> deletes = new ArrayList<>();
        try {
            for (NetlinkMessage m : s.dump(NexthopMessage.dump())) {
                if (m.payload() instanceof NexthopMessage o && RouteProtocol.isFerry(o.protocol())) {
                    deletes.add(NexthopMessage.byId(o.id()).request(NlMsgType.RTM_DELNEXTHOP, NlFlags.REQUEST));
                }
            }
        } catch (NetlinkException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "no nexthop objects to sweep: " + e.getMessage());
            return;
        }
        int removed = delete(s, deletes, "nexthop object");
        if (removed > 0) {
            LOG.log(System.Logger.Level.INFO, () -> "removed " + removed + " stale nexthop objects left by an "
                    + "earlier run");
        }
    }

    /** Sends {@code deletes} in batches; returns how many the kernel did (the first refusal is logged). */
    private static int delete(NetlinkSocket s, List<NetlinkRequest> deletes, String what) throws NetlinkException {
        int[] failed = {0};
        RequestBatcher batcher = new RequestBatcher(s, 256, 1 << 20, false, new RequestBatcher.Listener() {
            @Override
            public void succeeded(int seq) {
            }

            @Override
            public void failed(int seq, NetlinkError error) {
                if (failed[0]++ == 0) {
                    LOG.log(System.Logger.Level.WARNING, "could not remove a stale " + what + ": " + error);
                }
            }
        });
        for (NetlinkRequest d : deletes) {
            batcher.add(d);
        }
        batcher.flush();
        return deletes.size() - failed[0];
    }

    private static String familyName(int family) {
        return family == AddressFamily.INET ? "IPv4" : family == AddressFamily.INET6 ? "IPv6" : "MPLS";
    }
}
