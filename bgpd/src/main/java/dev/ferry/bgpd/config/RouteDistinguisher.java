package dev.ferry.bgpd.config;

import dev.ferry.lib.net.IpAddresses;

/**
 * A route distinguisher (RFC 4364): type 0 (2-byte AS : 4-byte number), 1 (IPv4 : 2-byte number) or
 * 2 (4-byte AS : 2-byte number), parsed as FRR's str2prefix_rd does and printed as its %pRD.
 */
public record RouteDistinguisher(int type, long administrator, long assigned) {

    /** Parses "ASN:NN" or "A.B.C.D:NN"; null if FRR would call it malformed. */
    public static RouteDistinguisher parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String left = text.substring(0, colon);
        String right = text.substring(colon + 1);
        if (!right.matches("[0-9]+") || right.length() > 19) {
            return null;
        }
        long number = Long.parseLong(right);
        if (text.indexOf('.') < 0) {
            if (!left.matches("[0-9]+") || left.length() > 19) {
                return null;
            }
            long as = Long.parseLong(left);
            // FRR stores the number in the field's width: 4 bytes after a 2-byte AS, 2 after a 4-byte one.
            return as > 0xffff ? new RouteDistinguisher(2, as & 0xffffffffL, number & 0xffff)
                    : new RouteDistinguisher(0, as, number & 0xffffffffL);
        }
        if (!left.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            return null;
        }
        try {
            byte[] ip = IpAddresses.parseIpv4(left);
            long v = ((ip[0] & 0xffL) << 24) | ((ip[1] & 0xffL) << 16) | ((ip[2] & 0xffL) << 8) | (ip[3] & 0xffL);
            return new RouteDistinguisher(1, v, number & 0xffff);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        if (type == 1) {
            return ((administrator >> 24) & 0xff) + "." + ((administrator >> 16) & 0xff) + "."
                    + ((administrator >> 8) & 0xff) + "." + (administrator & 0xff) + ":" + assigned;
        }
        return administrator + ":" + assigned;
    }
}
