package dev.ferry.ldpd.northbound;

/** LDP's bad_addr checks: addresses that cannot be an LSR ID or transport address. */
final class LdpAddressChecks {
    private LdpAddressChecks() {
    }

    /** 0/8, loopback, multicast and class E. */
    static boolean badIpv4(byte[] a) {
        int first = a[0] & 0xff;
        return first == 0 || first == 127 || first >= 224;
    }

    /** Unspecified, loopback, multicast, site-local, IPv4-mapped and IPv4-compatible. */
    static boolean badIpv6(byte[] a) {
        // ::/96 holds the unspecified and loopback addresses and the IPv4-compatible ones.
        boolean zero96 = true;
        for (int i = 0; i < 12; i++) {
            zero96 &= a[i] == 0;
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= a[i] == 0;
        }
        mapped &= (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
        boolean multicast = (a[0] & 0xff) == 0xff;
        boolean siteLocal = (a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0;
        return zero96 || mapped || multicast || siteLocal;
    }
}
