package dev.ferry.bgpd.nlri;

import dev.ferry.lib.net.IpAddresses;

/** IPv4 addresses held as ints (network order, unsigned), the form BGP's fixed-size fields use. */
public final class Ipv4Addresses {
    private Ipv4Addresses() {
    }

    public static int parse(String text) {
        byte[] b = IpAddresses.parseIpv4(text);
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    public static String format(int a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }
}
