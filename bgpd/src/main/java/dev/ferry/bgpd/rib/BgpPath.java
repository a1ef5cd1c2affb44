package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AsPathSegment;
import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.ClusterList;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.OriginatorId;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;
import java.util.Objects;

/**
 * One path to a prefix: its source, attributes (NEXT_HOP and MP_REACH_NLRI left out: the next hop is kept on its
 * own, so IPv4 and IPv6 paths look alike), next hop, weight and when it arrived. Immutable; a new UPDATE makes a
 * new path. The next hop array is taken as given, not copied (the paths of one UPDATE share one): callers
 * must not change it afterwards.
 *
 * <p>A full table holds a million of these, so a path is 32 bytes: the components most paths leave at their
 * defaults (weight, local origin, label, nexthopSet, nexthopVrf) and the receive time, in whole seconds (all that
 * show output prints), live in one {@link Extras} that the paths of the same second share. It was a record: the
 * accessors keep the components' names, and equality stays identity.
 */
public final class BgpPath {

    /** The label of a path that has none. */
    public static final int NO_LABEL = -1;

    /** FRR's default LOCAL_PREF when the attribute is absent. */
    public static final long DEFAULT_LOCAL_PREF = 100;
    /** FRR's weight of locally originated paths. */
    public static final int LOCAL_WEIGHT = 32768;

    /**
     * The components a plain received path leaves at their defaults, and the second it arrived in (the paths of a
     * table's UPDATEs share one): shared between paths through a cache.
     */
    private record Extras(int weight, LocalOrigin localOrigin, int label, boolean nexthopSet, String nexthopVrf,
            int uptimeSeconds) {
        /** Direct-mapped and racy on purpose: a lost or stale slot costs only a copy, and records are immutable. */
        private static final Extras[] CACHE = new Extras[256];

        static Extras of(int weight, LocalOrigin localOrigin, int label, boolean nexthopSet, String nexthopVrf,
                int uptimeSeconds) {
            int h = ((((weight * 31 + localOrigin.ordinal()) * 31 + label) * 31 + (nexthopSet ? 1 : 0)) * 31
                    + Objects.hashCode(nexthopVrf)) * 31 + uptimeSeconds;
            int slot = (h * 0x9e3779b9) >>> 24;
            Extras cached = CACHE[slot];
            if (cached != null && cached.uptimeSeconds == uptimeSeconds && cached.weight == weight
                    && cached.localOrigin == localOrigin && cached.label == label && cached.nexthopSet == nexthopSet
                    && Objects.equals(cached.nexthopVrf, nexthopVrf)) {
                return cached;
            }
            Extras e = new Extras(weight, localOrigin, label, nexthopSet, nexthopVrf, uptimeSeconds);
            CACHE[slot] = e;
            return e;
        }
    }

    private final PathSource source;
    private final PathAttributes attributes;
    private final byte[] nextHop;
    private final Extras extras;
    private final long arrival;

    public BgpPath(PathSource source, PathAttributes attributes, byte[] nextHop, int weight, LocalOrigin localOrigin,
            long arrival, long uptimeMillis, int label, boolean nexthopSet, String nexthopVrf) {
        this.source = source;
        this.attributes = attributes;
        this.nextHop = nextHop;
        // seconds since the epoch, unsigned (good until 2106)
        this.extras = Extras.of(weight, localOrigin, label, nexthopSet, nexthopVrf,
                (int) Math.floorDiv(uptimeMillis, 1000));
        this.arrival = arrival;
    }

    /** A path whose next hop follows the usual rules. */
    public BgpPath(PathSource source, PathAttributes attributes, byte[] nextHop, int weight, LocalOrigin localOrigin,
            long arrival, long uptimeMillis, int label) {
        this(source, attributes, nextHop, weight, localOrigin, arrival, uptimeMillis, label, false, null);
    }

    /** An unlabelled path. */
    public BgpPath(PathSource source, PathAttributes attributes, byte[] nextHop, int weight, LocalOrigin localOrigin,
            long arrival, long uptimeMillis) {
        this(source, attributes, nextHop, weight, localOrigin, arrival, uptimeMillis, NO_LABEL);
    }

    public PathSource source() {
        return source;
    }

    public PathAttributes attributes() {
        return attributes;
    }

    public int weight() {
        return extras.weight;
    }

    public LocalOrigin localOrigin() {
        return extras.localOrigin;
    }

    /** A counter value when the path was received ("Older Path" prefers the lower). */
    public long arrival() {
        return arrival;
    }

    /** Wall-clock time the path was received, for show commands: milliseconds since the epoch, to the second. */
    public long uptimeMillis() {
        return Integer.toUnsignedLong(extras.uptimeSeconds) * 1000;
    }

    /**
     * The MPLS label of a VPN path (received, allocated for export, or carried into a VRF by import);
     * {@link #NO_LABEL} for unlabelled paths.
     */
    public int label() {
        return extras.label;
    }

    /**
     * A local path whose next hop was configured (`nexthop vpn export X`) and goes to iBGP peers as is, where
     * other local paths go with next hop self (FRR's BGP_PATH_ANNC_NH_SELF unset).
     */
    public boolean nexthopSet() {
        return extras.nexthopSet;
    }

    /**
     * The VRF of this router whose table holds the next hop, for a path leaked from it into another VRF (FRR's
     * bgp_orig: "nexthop-vrf" in zebra); null when the next hop is where the instance resolves its next hops.
     */
    public String nexthopVrf() {
        return extras.nexthopVrf;
    }

    public boolean hasLabel() {
        return label() != NO_LABEL;
    }

    /** The next hop address (a copy: 4 or 16 bytes); all zeros for a local path without a gateway. */
    public byte[] nextHop() {
        return nextHop.clone();
    }

    /** The next hop without a copy, for the hot paths (decision process, nexthop tracking): never change it. */
    public byte[] nextHopBytes() {
        return nextHop;
    }

    public String nextHopText() {
        return IpAddresses.format(nextHop);
    }

    public boolean isLocal() {
        return source.isLocal();
    }

    /** Whether peers get this router as next hop whatever the rules: a local path without a configured one. */
    public boolean announcesNexthopSelf() {
        return isLocal() && !nexthopSet();
    }

    public long localPref() {
        LocalPref lp = attributes.localPref();
        return lp == null ? DEFAULT_LOCAL_PREF : lp.value();
    }

    /** MED, 0 when absent (FRR without `bgp bestpath med missing-as-worst`). */
    public long med() {
        MultiExitDisc m = attributes.med();
        return m == null ? 0 : m.value();
    }

    public boolean hasMed() {
        return attributes.med() != null;
    }

    public int origin() {
        Origin o = attributes.origin();
        return o == null ? Origin.INCOMPLETE : o.value();
    }

    public AsPath asPath() {
        AsPath p = attributes.asPath();
        return p == null ? AsPath.EMPTY : p;
    }

    /** The first AS of the path (the neighbouring AS), or 0 when the path is empty or starts with a set. */
    public long neighborAs() {
        for (AsPathSegment s : asPath().segments()) {
            if (s.isConfederation()) {
                continue;
            }
            return s.type() == AsPathSegment.AS_SEQUENCE ? Integer.toUnsignedLong(s.asn(0)) : 0;
        }
        return 0;
    }

    /** ORIGINATOR_ID if present, else the peer's BGP Identifier (RFC 4456 section 9). */
    public int effectiveRouterId() {
        OriginatorId o = originatorId();
        return o != null ? o.id() : source.routerId();
    }

    /** The ORIGINATOR_ID attribute, or null. */
    public OriginatorId originatorId() {
        return attributes.get(AttributeType.ORIGINATOR_ID) instanceof OriginatorId o ? o : null;
    }

    /** The CLUSTER_LIST attribute, or null. */
    public ClusterList clusterList() {
        return attributes.get(AttributeType.CLUSTER_LIST) instanceof ClusterList c ? c : null;
    }

    /** How many clusters reflected the path (0 without CLUSTER_LIST). */
    public int clusterListLength() {
        ClusterList c = clusterList();
        return c == null ? 0 : c.ids().length;
    }

    /** Same source, attributes and next hop: a repeated announcement that changes nothing. */
    public boolean sameRoute(BgpPath o) {
        return o != null && o.source == source && o.attributes.equals(attributes) && Arrays.equals(o.nextHop, nextHop)
                && o.weight() == weight() && o.label() == label() && o.nexthopSet() == nexthopSet()
                && Objects.equals(o.nexthopVrf(), nexthopVrf());
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return source + " nh " + nextHopText() + " " + attributes;
    }
}
