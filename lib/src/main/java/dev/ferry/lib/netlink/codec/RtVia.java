package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;

/**
 * RTA_VIA, struct rtvia: a next hop address with its own family, for MPLS label routes (whose family is
 * AF_MPLS) and IPv4 routes over an IPv6 next hop (RFC 5549):
 * <pre>
 * +----------------------------+--------------------------------+
 * | rtvia_family (u16, host)   | rtvia_addr (4 or 16 bytes) ... |
 * +----------------------------+--------------------------------+
 * </pre>
 */
public record RtVia(int family, byte[] address) {
    public RtVia {
        address = address.clone();
    }

    /** A via for an IPv4 or IPv6 address. */
    public static RtVia of(byte[] address) {
        return new RtVia(AddressFamily.ofAddress(address), address);
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    void encode(MessageWriter w) {
        int start = w.beginLeaf(RouteAttr.VIA);
        w.u16(family).bytes(address);
        w.endLeaf(start);
    }

    static RtVia decode(AttributeReader r) throws NetlinkDecodeException {
        if (r.length() < 2) {
            throw new NetlinkDecodeException(Problem.BAD_ATTRIBUTE_LENGTH, r.dataOffset() - 4, "rtvia of "
                    + r.length() + " bytes");
        }
        byte[] b = r.bytes();
        int family = Short.toUnsignedInt(r.buffer().getShort(r.dataOffset()));
        int expected = AddressFamily.addressLength(family);
        if ((family == AddressFamily.INET || family == AddressFamily.INET6) && b.length - 2 != expected) {
            throw new NetlinkDecodeException(Problem.BAD_ATTRIBUTE_LENGTH, r.dataOffset() - 4,
                    "rtvia family " + family + " with " + (b.length - 2) + " address bytes");
        }
        return new RtVia(family, Arrays.copyOfRange(b, 2, b.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtVia v && v.family == family && Arrays.equals(v.address, address);
    }

    @Override
    public int hashCode() {
        return 31 * family + Arrays.hashCode(address);
    }

    @Override
    public String toString() {
        return switch (family) {
            case AddressFamily.INET -> "inet " + IpAddresses.format(address);
            case AddressFamily.INET6 -> "inet6 " + IpAddresses.format(address);
            default -> "family " + family + " " + java.util.HexFormat.of().formatHex(address);
        };
    }
}
