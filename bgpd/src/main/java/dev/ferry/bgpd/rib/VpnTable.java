package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.nlri.RouteDistinguishers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Loc-RIB of a VPN family (VPN-IPv4 or VPN-IPv6): FRR's two-level table, one {@link RibTable} per route
 * distinguisher, so that the decision process runs per (RD, prefix) (RFC 4364 section 4.3.4) and `show bgp ipv4
 * vpn` walks the RDs in order. A best-path change is reported with its RD. Runs on the daemon's event loop.
 */
public final class VpnTable {

    /** Hears best-path changes of one (RD, prefix); {@code best} null means no usable path. */
    @FunctionalInterface
    public interface Listener {
        void bestChanged(RouteDistinguisher rd, Prefix prefix, BgpPath oldBest, BgpPath best);
    }

    /** RDs in FRR's table order: by their 8 wire bytes. */
    public static final Comparator<RouteDistinguisher> RD_ORDER = (a, b) -> {
        byte[] x = new byte[RouteDistinguishers.LENGTH];
        byte[] y = new byte[RouteDistinguishers.LENGTH];
        RouteDistinguishers.write(x, 0, a);
        RouteDistinguishers.write(y, 0, b);
        return java.util.Arrays.compareUnsigned(x, y);
    };

    private final Map<RouteDistinguisher, RibTable> tables = new TreeMap<>(RD_ORDER);
    private final NexthopView nexthops;
    private final Listener listener;

    public VpnTable(NexthopView nexthops, Listener listener) {
        this.nexthops = nexthops;
        this.listener = listener;
    }

    private RibTable table(RouteDistinguisher rd) {
        return tables.computeIfAbsent(rd, k -> new RibTable(nexthops, (d, old) ->
                listener.bestChanged(k, d.prefix(), old, d.best())));
    }

    public void update(RouteDistinguisher rd, Prefix prefix, BgpPath path) {
        table(rd).update(prefix, path);
    }

    public void withdraw(RouteDistinguisher rd, Prefix prefix, PathSource source) {
        RibTable t = tables.get(rd);
        if (t != null) {
            t.withdraw(prefix, source);
            if (t.size() == 0) {
                tables.remove(rd);
            }
        }
    }

    /** Withdraws every path of a source; returns how many. */
    public int withdrawAll(PathSource source) {
        int n = 0;
        for (RibTable t : List.copyOf(tables.values())) {
            n += t.withdrawAll(source);
        }
        tables.values().removeIf(t -> t.size() == 0);
        return n;
    }

    public void nexthopChanged(byte[] nexthop) {
        for (RibTable t : List.copyOf(tables.values())) {
            t.nexthopChanged(nexthop);
        }
    }

    public Destination get(RouteDistinguisher rd, Prefix prefix) {
        RibTable t = tables.get(rd);
        return t == null ? null : t.get(prefix);
    }

    /** The table of one RD, or null. */
    public RibTable rd(RouteDistinguisher rd) {
        return tables.get(rd);
    }

    /** The RDs with routes, in table order. */
    public List<RouteDistinguisher> rds() {
        return new ArrayList<>(tables.keySet());
    }

    /** Prefixes of all RDs. */
    public int size() {
        int n = 0;
        for (RibTable t : tables.values()) {
            n += t.size();
        }
        return n;
    }

    public int pathCount() {
        int n = 0;
        for (RibTable t : tables.values()) {
            n += t.pathCount();
        }
        return n;
    }
}
