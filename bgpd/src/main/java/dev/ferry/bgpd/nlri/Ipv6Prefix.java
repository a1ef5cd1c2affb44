package dev.ferry.bgpd.nlri;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.net.PrefixHash;

/** An IPv6 prefix: the address as two longs (high and low 64 bits) and a length of 0 to 128. */
public record Ipv6Prefix(long high, long low, int length) implements Prefix {
    public Ipv6Prefix {
        if (length < 0 || length > 128) {
            throw new IllegalArgumentException("IPv6 prefix length " + length);
        }
    }

    public static Ipv6Prefix of(IpPrefix p) {
        byte[] a = p.address();
        long h = 0;
        long l = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (a[i] & 0xff);
            l = (l << 8) | (a[i + 8] & 0xff);
        }
        return new Ipv6Prefix(h, l, p.length());
    }

    public static Ipv6Prefix parse(String text) {
        return of(IpPrefix.parse(text));
    }

    @Override
    public int addressLength() {
        return 16;
    }

    @Override
    public int byteAt(int index) {
        long word = index < 8 ? high : low;
        return (int) (word >>> (56 - 8 * (index & 7))) & 0xff;
    }

    @Override
    public IpPrefix toIpPrefix() {
        byte[] a = new byte[16];
        for (int i = 0; i < 16; i++) {
            a[i] = (byte) byteAt(i);
        }
        return new IpPrefix(a, length);
    }

    /** Spread over all bits (see {@link PrefixHash}). */
    @Override
    public int hashCode() {
        return PrefixHash.of(high, low, length | 0x100);
    }

    /** Written out for C1, as {@link Ipv4Prefix#equals}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6Prefix p && p.high == high && p.low == low && p.length == length;
    }

    @Override
    public String toString() {
        return toIpPrefix().toString();
    }
}
