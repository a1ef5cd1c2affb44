package dev.ferry.ospfd.wire;

import dev.ferry.lib.net.IpPrefix;

/**
 * IPv4 addresses and prefixes as the 32-bit fields OSPFv2 carries: address bytes, mask, network, broadcast
 * address, containment.
 */
public final class Ipv4 {
    private Ipv4() {
    }

    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public static int address(IpPrefix p) {
        return toInt(p.address());
    }

    /** The 32-bit value of a 4-byte address; 0 for anything else (no address). */
    public static int toInt(byte[] a) {
        return a == null || a.length != 4 ? 0
                : (a[0] & 0xff) << 24 | (a[1] & 0xff) << 16 | (a[2] & 0xff) << 8 | (a[3] & 0xff);
    }

    public static byte[] toBytes(int a) {
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
    }

    public static int network(IpPrefix p) {
        return address(p) & mask(p.length());
    }

    /** The network address with all host bits set (RFC 2328 Appendix E's alternative Link State ID). */
    public static int broadcast(IpPrefix p) {
        return network(p) | ~mask(p.length());
    }

    public static IpPrefix prefix(int network, int length) {
        return new IpPrefix(toBytes(network & mask(length)), length);
    }

    /** The prefix an (address, network mask) pair of an LSA names; a non-contiguous mask counts its bits. */
    public static IpPrefix prefixOfMask(int address, int mask) {
        return prefix(address & mask, Integer.bitCount(mask));
    }

    /** The prefix with host bits cleared, so that equal networks compare equal. */
    public static IpPrefix canonical(IpPrefix p) {
        return prefix(address(p), p.length());
    }

    public static boolean contains(IpPrefix range, IpPrefix p) {
        return range.length() <= p.length() && holds(range, p);
    }

    /** Whether the address of {@code p} falls in {@code range}, whatever the length of {@code p}. */
    public static boolean holds(IpPrefix range, IpPrefix p) {
        return (address(p) & mask(range.length())) == network(range);
    }
}
