package dev.ferry.ldpd.packet;

import dev.ferry.lib.net.IpAddresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * InetAddress from bytes or literals without name resolution, keeping 16-byte addresses IPv6 even when they are
 * IPv4-mapped (InetAddress.getByAddress would turn those into IPv4 and break byte-exact re-encoding).
 */
public final class Inet {
    private Inet() {
    }

    /** An IPv4 address from 4 bytes, IPv6 from 16. */
    public static InetAddress of(byte[] raw) {
        return raw.length == 16 ? v6(raw) : v4(raw);
    }

    public static Inet4Address v4(byte[] raw) {
        try {
            if (raw.length != 4) {
                throw new IllegalArgumentException("IPv4 address of " + raw.length + " bytes");
            }
            return (Inet4Address) InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Inet6Address v6(byte[] raw) {
        try {
            if (raw.length != 16) {
                throw new IllegalArgumentException("IPv6 address of " + raw.length + " bytes");
            }
            return Inet6Address.getByAddress(null, raw, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Inet4Address v4(String literal) {
        return v4(IpAddresses.parseIpv4(literal));
    }

    public static Inet6Address v6(String literal) {
        return v6(IpAddresses.parseIpv6(literal));
    }

    /** An IPv4 or IPv6 literal. */
    public static InetAddress parse(String literal) {
        return of(IpAddresses.parse(literal));
    }

    /** As FRR prints it. */
    public static String format(InetAddress a) {
        return IpAddresses.format(a.getAddress());
    }
}
