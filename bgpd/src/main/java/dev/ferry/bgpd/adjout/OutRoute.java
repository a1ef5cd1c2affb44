package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;

/**
 * A route as advertised to one peer: the attributes it carries (without NEXT_HOP and the MP attributes, which
 * the UPDATE packer writes for the family), the next hop and, for VPN routes, the label.
 */
public record OutRoute(PathAttributes attributes, byte[] nextHop, int label) {

    public OutRoute {
        nextHop = nextHop.clone();
    }

    /** An unlabelled route. */
    public OutRoute(PathAttributes attributes, byte[] nextHop) {
        this(attributes, nextHop, BgpPath.NO_LABEL);
    }

    @Override
    public byte[] nextHop() {
        return nextHop.clone();
    }

    public String nextHopText() {
        return IpAddresses.format(nextHop);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutRoute r && r.attributes.equals(attributes) && Arrays.equals(r.nextHop, nextHop)
                && r.label == label;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * attributes.hashCode() + Arrays.hashCode(nextHop)) + label;
    }

    @Override
    public String toString() {
        return "nh " + nextHopText() + (label == BgpPath.NO_LABEL ? "" : " label " + label) + " " + attributes;
    }
}
