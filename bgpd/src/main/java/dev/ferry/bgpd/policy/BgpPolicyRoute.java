package dev.ferry.bgpd.policy;

import dev.ferry.bgpd.adjout.ExportPolicy;
import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.Communities;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.lib.net.IpPrefix;

/**
 * A BGP path as a route-map sees it: the sets build new attributes, weight and next hop, and {@link #result()}
 * makes the path that goes on (paths are immutable).
 */
public final class BgpPolicyRoute implements PolicyRoute {
    private final IpPrefix prefix;
    private final BgpPath original;
    private PathAttributes attributes;
    private byte[] nextHop;
    private long weight;
    private boolean nextHopSet;
    private boolean metricSet;

    public BgpPolicyRoute(IpPrefix prefix, BgpPath path) {
        this.prefix = prefix;
        this.original = path;
        this.attributes = path.attributes();
        this.nextHop = path.nextHopBytes(); // shared, as by the paths of one UPDATE: a set replaces it with a copy
        this.weight = path.weight();
    }

    @Override
    public IpPrefix prefix() {
        return prefix;
    }

    @Override
    public String asPath() {
        AsPath p = attributes.asPath();
        return p == null ? "" : p.toString();
    }

    @Override
    public int[] communities() {
        Communities c = attributes.communities();
        return c == null ? null : c.values();
    }

    @Override
    public long localPreference() {
        LocalPref lp = attributes.localPref();
        return lp == null ? BgpPath.DEFAULT_LOCAL_PREF : lp.value();
    }

    @Override
    public void localPreference(long value) {
        attributes = attributes.with(LocalPref.of(value));
    }

    @Override
    public long metric() {
        MultiExitDisc m = attributes.med();
        return m == null ? 0 : m.value();
    }

    @Override
    public void metric(long value) {
        attributes = attributes.with(MultiExitDisc.of(value));
        metricSet = true;
    }

    @Override
    public void communities(int[] values) {
        attributes = values == null || values.length == 0 ? attributes.without(AttributeType.COMMUNITIES)
                : attributes.with(Communities.of(values));
    }

    @Override
    public void nextHop(byte[] address) {
        if (address.length == nextHop.length) {
            nextHop = address.clone();
            nextHopSet = true;
        }
    }

    @Override
    public void prepend(long[] asns) {
        AsPath p = attributes.asPath() == null ? AsPath.EMPTY : attributes.asPath();
        for (int i = asns.length - 1; i >= 0; i--) {
            p = ExportPolicy.prepend(p, asns[i]);
        }
        attributes = attributes.with(p);
    }

    @Override
    public void weight(long value) {
        weight = value;
    }

    /** Whether a `set ip next-hop` / `set ipv6 next-hop global` of the path's address family ran. */
    public boolean nextHopSet() {
        return nextHopSet;
    }

    /** Whether a `set metric` ran (an eBGP peer is then sent the MED). */
    public boolean metricSet() {
        return metricSet;
    }

    /** The path with the sets applied. */
    public BgpPath result() {
        return new BgpPath(original.source(), attributes, nextHop, (int) Math.min(weight, Integer.MAX_VALUE),
                original.localOrigin(), original.arrival(), original.uptimeMillis(), original.label());
    }
}
