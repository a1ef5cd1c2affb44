package dev.ferry.bgpd.runtime;

import java.util.Arrays;

/**
 * IPv4-mapped IPv6 next hops (::ffff:a.b.c.d): how VPN-IPv6 routes name an IPv4 PE (RFC 4659 section 3.2.1.1).
 * The IPv4 address is what nexthop tracking resolves.
 */
final class VpnNexthops {
    private VpnNexthops() {
    }

    static byte[] mapped(byte[] ipv4) {
        byte[] a = new byte[16];
        a[10] = (byte) 0xff;
        a[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, a, 12, 4);
        return a;
    }

    /** The IPv4 address of a mapped address; any other address unchanged. */
    static byte[] unmapped(byte[] a) {
        if (a.length != 16 || (a[10] & 0xff) != 0xff || (a[11] & 0xff) != 0xff) {
            return a;
        }
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return a;
            }
        }
        return Arrays.copyOfRange(a, 12, 16);
    }
}
