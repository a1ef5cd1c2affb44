package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;

/**
 * A route as advertised to one peer: the attributes it carries (without NEXT_HOP and the MP attributes, which
 * the UPDATE packer writes for the family), the next hop and, for VPN routes, the label. Immutable; a class
 * rather than a record so that it keeps its hash: one route is shared by the prefixes of an UPDATE
 * ({@link ExportMemo}), and {@link AdjRibOut#flush} groups every prefix by its route.
 */
public final class OutRoute {
    private final PathAttributes attributes;
    private final byte[] nextHop;
    private final int label;
    private final int hash;

    public OutRoute(PathAttributes attributes, byte[] nextHop, int label) {
        this.attributes = attributes;
        this.nextHop = nextHop.clone();
        this.label = label;
        this.hash = 31 * (31 * attributes.hashCode() + Arrays.hashCode(nextHop)) + label;
    }

    /** An unlabelled route. */
    public OutRoute(PathAttributes attributes, byte[] nextHop) {
        this(attributes, nextHop, BgpPath.NO_LABEL);
    }

    public PathAttributes attributes() {
        return attributes;
    }

    public byte[] nextHop() {
        return nextHop.clone();
    }

    public int label() {
        return label;
    }

    public String nextHopText() {
        return IpAddresses.format(nextHop);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof OutRoute r && r.hash == hash && r.label == label
                && Arrays.equals(r.nextHop, nextHop) && r.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "nh " + nextHopText() + (label == BgpPath.NO_LABEL ? "" : " label " + label) + " " + attributes;
    }
}
