package dev.ferry.zebra.rib;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.net.PrefixHash;

/**
 * A route's destination: network bits (host bits always cleared, as FRR's apply_mask) and a length, in the
 * same left-aligned 128-bit layout as {@link IpAddress}. Ordered as FRR's route tables walk (route_top /
 * route_next): family, then network bits, then the shorter prefix before the longer ones it covers.
 */
public final class Prefix implements Comparable<Prefix> {
    private final Afi afi;
    private final long hi;
    private final long lo;
    private final int length;

    private Prefix(Afi afi, long hi, long lo, int length) {
        if (length < 0 || length > afi.bits()) {
            throw new IllegalArgumentException("prefix length " + length + " out of range for " + afi.label());
        }
        this.afi = afi;
        this.hi = hi & maskHi(length);
        this.lo = lo & maskLo(length);
        this.length = length;
    }

    /** The network of {@code address}/{@code length} (host bits are cleared). */
    public static Prefix of(IpAddress address, int length) {
        return new Prefix(address.afi(), address.hi(), address.lo(), length);
    }

    /** The network of the address in 4 or 16 network-order bytes / {@code length}, without an IpAddress. */
    public static Prefix of(byte[] address, int length) {
        return new Prefix(IpAddress.afiOf(address), IpAddress.hiOf(address), IpAddress.loOf(address), length);
    }

    public static Prefix of(Afi afi, long hi, long lo, int length) {
        return new Prefix(afi, hi, lo, length);
    }

    public static Prefix ipv4(int address, int length) {
        return of(IpAddress.ipv4(address), length);
    }

    /** "10.1.1.0/24", "2001:db8::/32"; host bits are cleared. */
    public static Prefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("missing prefix length: " + text);
        }
        return of(IpAddress.parse(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    /** An interface address as configured ("10.1.1.2/24") to its network. */
    public static Prefix of(IpPrefix p) {
        return of(IpAddress.of(p.address()), p.length());
    }

    /** The /32 or /128 of one address. */
    public static Prefix host(IpAddress a) {
        return of(a, a.afi().bits());
    }

    /** The high 64 bits of a 128-bit mask of {@code length} leading ones. */
    public static long maskHi(int length) {
        return length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
    }

    public static long maskLo(int length) {
        return length <= 64 ? 0 : length >= 128 ? -1L : -1L << (128 - length);
    }

    public Afi afi() {
        return afi;
    }

    public long hi() {
        return hi;
    }

    public long lo() {
        return lo;
    }

    public int length() {
        return length;
    }

    public IpAddress address() {
        return new IpAddress(afi, hi, lo);
    }

    /** The network's 4 or 16 bytes, network order (as {@code address().bytes()}, without the address). */
    public byte[] addressBytes() {
        return IpAddress.bytes(afi, hi, lo);
    }

    public boolean isHost() {
        return length == afi.bits();
    }

    public boolean isDefault() {
        return length == 0;
    }

    public boolean contains(IpAddress a) {
        return a.afi() == afi && (a.hi() & maskHi(length)) == hi && (a.lo() & maskLo(length)) == lo;
    }

    public boolean contains(Prefix p) {
        return p.afi == afi && p.length >= length && (p.hi & maskHi(length)) == hi && (p.lo & maskLo(length)) == lo;
    }

    /** The last address of the prefix (all host bits set). */
    public IpAddress lastAddress() {
        return new IpAddress(afi, hi | ~maskHi(length) & familyHi(), lo | ~maskLo(length) & familyLo());
    }

    private long familyHi() {
        return afi == Afi.IPV4 ? 0xffffffff00000000L : -1L;
    }

    private long familyLo() {
        return afi == Afi.IPV4 ? 0 : -1L;
    }

    public IpPrefix toIpPrefix() {
        return new IpPrefix(address().bytes(), length);
    }

    @Override
    public int compareTo(Prefix o) {
        int c = afi.compareTo(o.afi);
        if (c == 0) {
            c = Long.compareUnsigned(hi, o.hi);
        }
        if (c == 0) {
            c = Long.compareUnsigned(lo, o.lo);
        }
        return c != 0 ? c : Integer.compare(length, o.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prefix p && p.afi == afi && p.hi == hi && p.lo == lo && p.length == length;
    }

    /**
     * Mixed (murmur3's finaliser) so that the low bits differ too: a table's /24s differ only in bits 8-31 of
     * the address, and the plain sum left HashMap a sixth of its buckets with chains of 17 at 300k routes.
     */
    @Override
    public int hashCode() {
        return PrefixHash.of(hi, lo, length);
    }

    @Override
    public String toString() {
        return address() + "/" + length;
    }
}
