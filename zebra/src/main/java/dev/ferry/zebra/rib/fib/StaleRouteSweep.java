package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.RequestBatcher;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the routes an earlier zebra left in the kernel (FRR's rib_sweep_route after a crash): every route
 * of every table and family whose rtm_protocol is one of Ferry's (230..235). Routes of other owners, FRR's
 * included, are left alone. zebra runs it before it installs anything, and again when it stops.
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
        int[] failed = {0};
        RequestBatcher batcher = new RequestBatcher(s, 256, 1 << 20, false, new RequestBatcher.Listener() {
            @Override
            public void succeeded(int seq) {
            }

            @Override
            public void failed(int seq, NetlinkError error) {
                if (failed[0]++ == 0) {
                    LOG.log(System.Logger.Level.WARNING, "could not remove a stale route: " + error);
                }
            }
        });
        for (RouteMessage r : stale) {
            batcher.add(r.forDelete().request(NlMsgType.RTM_DELROUTE, NlFlags.REQUEST));
        }
        batcher.flush();
        int removed = stale.size() - failed[0];
        if (removed > 0) {
            int count = removed;
            LOG.log(System.Logger.Level.INFO, () -> "removed " + count + " stale " + familyName(family)
                    + " routes left by an earlier run");
        }
        return removed;
    }

    private static String familyName(int family) {
        return family == AddressFamily.INET ? "IPv4" : family == AddressFamily.INET6 ? "IPv6" : "MPLS";
    }
}
