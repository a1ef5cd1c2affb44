package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * NEXT_HOP (type 3, well-known, mandatory with IPv4 NLRI; RFC 4271 section 5.1.3): an IPv4 address. A length
 * other than 4, or an address that can never be a next hop (0.0.0.0/8, multicast, class E, broadcast: the
 * same test as FRR's bgp_attr_nexthop), is treat-as-withdraw (RFC 7606 section 7.3).
 */
public record NextHop(int address, int flags) implements PathAttribute {
    public static NextHop of(int address) {
        return new NextHop(address, AttributeType.WELL_KNOWN);
    }

    public static NextHop of(String address) {
        return of(Ipv4Addresses.parse(address));
    }

    static NextHop decode(ByteBuffer v, int flags) {
        if (v.remaining() != 4) {
            return null;
        }
        int a = v.getInt(0);
        int first = a >>> 24;
        if (first == 0 || first >= 224) {
            return null;
        }
        return new NextHop(a, flags);
    }

    @Override
    public int type() {
        return AttributeType.NEXT_HOP;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return 4;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.putInt(address);
    }

    @Override
    public String toString() {
        return Ipv4Addresses.format(address);
    }
}
