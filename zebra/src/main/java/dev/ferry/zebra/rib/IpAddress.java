package dev.ferry.zebra.rib;

import dev.ferry.lib.net.IpAddresses;

/**
 * An IPv4 or IPv6 address as two longs: the address bits left-aligned in a 128-bit field (an IPv4 address
 * fills the top 32 bits of {@code hi}), so both families share masking and ordering with {@link Prefix}.
 */
public record IpAddress(Afi afi, long hi, long lo) implements Comparable<IpAddress> {

    public static IpAddress ipv4(int address) {
        return new IpAddress(Afi.IPV4, (address & 0xffffffffL) << 32, 0);
    }

    public static IpAddress ipv6(long hi, long lo) {
        return new IpAddress(Afi.IPV6, hi, lo);
    }

    /** "10.1.1.254" or "fe80::1". */
    public static IpAddress parse(String text) {
        return of(IpAddresses.parse(text));
    }

    /** From 4 or 16 network-order bytes. */
    public static IpAddress of(byte[] b) {
        return new IpAddress(afiOf(b), hiOf(b), loOf(b));
    }

    /** The family of 4 or 16 network-order bytes. */
    static Afi afiOf(byte[] b) {
        if (b.length != 4 && b.length != 16) {
            throw new IllegalArgumentException("address of " + b.length + " bytes");
        }
        return b.length == 4 ? Afi.IPV4 : Afi.IPV6;
    }

    /** The high word of the left-aligned layout of 4 or 16 network-order bytes. */
    static long hiOf(byte[] b) {
        return b.length == 4 ? (toLong(b, 0, 4) & 0xffffffffL) << 32 : toLong(b, 0, 8);
    }

    /** The low word of the left-aligned layout of 4 or 16 network-order bytes. */
    static long loOf(byte[] b) {
        return b.length == 4 ? 0 : toLong(b, 8, 16);
    }

    private static long toLong(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    /** The IPv4 address as an int (network order bits). */
    public int ipv4() {
        return (int) (hi >>> 32);
    }

    public byte[] bytes() {
        return bytes(afi, hi, lo);
    }

    /** The 4 or 16 network-order bytes of an address in the left-aligned layout. */
    static byte[] bytes(Afi afi, long hi, long lo) {
        byte[] b = new byte[afi == Afi.IPV4 ? 4 : 16];
        for (int i = 0; i < b.length; i++) {
            long word = i < 8 ? hi : lo;
            b[i] = (byte) (word >>> (56 - 8 * (i % 8)));
        }
        return b;
    }

    public boolean isIpv4() {
        return afi == Afi.IPV4;
    }

    /** fe80::/10. */
    public boolean isLinkLocal() {
        return afi == Afi.IPV6 ? (hi >>> 54) == 0x3fa : (hi >>> 48) == 0xa9fe;
    }

    /** ::ffff:a.b.c.d. */
    public boolean isIpv4Mapped() {
        return afi == Afi.IPV6 && hi == 0 && (lo >>> 32) == 0xffff;
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 address. */
    public IpAddress mappedIpv4() {
        return ipv4((int) lo);
    }

    public boolean isUnspecified() {
        return hi == 0 && lo == 0;
    }

    @Override
    public int compareTo(IpAddress o) {
        int c = afi.compareTo(o.afi);
        if (c == 0) {
            c = Long.compareUnsigned(hi, o.hi);
        }
        return c != 0 ? c : Long.compareUnsigned(lo, o.lo);
    }

    /** As FRR prints it (inet_ntop). */
    @Override
    public String toString() {
        return IpAddresses.format(bytes());
    }

    /**
     * Written out because the record's own goes through invokedynamic method handles, which C1 (zebra runs C1
     * only) does not inline; addresses key nexthop tracking and resolution.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress a && a.hi == hi && a.lo == lo && a.afi == afi;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hi * 31 + lo) * 31 + afi.ordinal();
    }
}
