package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;

/**
 * A route as advertised to one peer: the attributes it carries (without NEXT_HOP and the MP attributes, which
 * the UPDATE packer writes for the family) and the next hop.
 */
public record OutRoute(PathAttributes attributes, byte[] nextHop) {

    public OutRoute {
        nextHop = nextHop.clone();
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
        return o instanceof OutRoute r && r.attributes.equals(attributes) && Arrays.equals(r.nextHop, nextHop);
    }

    @Override
    public int hashCode() {
        return 31 * attributes.hashCode() + Arrays.hashCode(nextHop);
    }

    @Override
    public String toString() {
        return "nh " + nextHopText() + " " + attributes;
    }
}
