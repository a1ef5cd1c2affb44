package dev.ferry.bgpd.config;

import dev.ferry.lib.net.IpAddresses;

/**
 * A route-target extended community (RFC 4360): AS:NN with a 2-byte AS and 4-byte number, A.B.C.D:NN or
 * a 4-byte AS with a 2-byte number, parsed as FRR's ecommunity_str2com does.
 *
 * @param ipv4Administrator whether the administrator is an IPv4 address
 */
public record RouteTarget(boolean ipv4Administrator, long administrator, long assigned) {
    private static final long AS2_MAX = 0xffff;
    private static final long AS4_MAX = 0xffffffffL;

    /** Parses one route target; null if FRR would call it malformed. */
    public static RouteTarget parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon != text.lastIndexOf(':') || colon == text.length() - 1) {
            return null;
        }
        String left = text.substring(0, colon);
        String right = text.substring(colon + 1);
        if (!right.matches("[0-9]{1,10}") || Long.parseLong(right) > AS4_MAX) {
            return null;
        }
        long assigned = Long.parseLong(right);
        if (left.indexOf('.') >= 0) {
            if (!left.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || assigned > AS2_MAX) {
                return null;
            }
            try {
                byte[] ip = IpAddresses.parseIpv4(left);
                long v = ((ip[0] & 0xffL) << 24) | ((ip[1] & 0xffL) << 16) | ((ip[2] & 0xffL) << 8) | (ip[3] & 0xffL);
                return new RouteTarget(true, v, assigned);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!left.matches("[0-9]{1,10}") || Long.parseLong(left) > AS4_MAX) {
            return null;
        }
        long as = Long.parseLong(left);
        if (as > AS2_MAX && assigned > AS2_MAX) {
            return null;
        }
        return new RouteTarget(false, as, assigned);
    }

    @Override
    public String toString() {
        if (ipv4Administrator) {
            return ((administrator >> 24) & 0xff) + "." + ((administrator >> 16) & 0xff) + "."
                    + ((administrator >> 8) & 0xff) + "." + (administrator & 0xff) + ":" + assigned;
        }
        return administrator + ":" + assigned;
    }
}
