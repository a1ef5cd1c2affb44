package dev.ferry.ospfd.core.origin;

import dev.ferry.lib.net.IpPrefix;

/** IPv4 prefixes as the 32-bit fields OSPFv2 carries: network address, mask, broadcast address, containment. */
final class Ipv4 {
    private Ipv4() {
    }

    static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    static int address(IpPrefix p) {
        byte[] b = p.address();
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    static int network(IpPrefix p) {
        return address(p) & mask(p.length());
    }

    /** The network address with all host bits set (RFC 2328 Appendix E's alternative Link State ID). */
    static int broadcast(IpPrefix p) {
        return network(p) | ~mask(p.length());
    }

    static IpPrefix prefix(int network, int length) {
        int n = network & mask(length);
        return new IpPrefix(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n}, length);
    }

    /** The prefix with host bits cleared, so that equal networks compare equal. */
    static IpPrefix canonical(IpPrefix p) {
        return prefix(address(p), p.length());
    }

    static boolean contains(IpPrefix range, IpPrefix p) {
        return range.length() <= p.length() && (network(p) & mask(range.length())) == network(range);
    }
}
