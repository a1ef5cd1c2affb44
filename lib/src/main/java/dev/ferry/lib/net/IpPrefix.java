package dev.ferry.lib.net;

import java.util.Arrays;
import java.util.Comparator;

/**
 * An IPv4 or IPv6 prefix: address bytes and a length. The address is kept as given ("10.1.1.1/24" on an
 * interface); {@link #masked()} gives the network ("10.1.1.0/24"), as FRR's apply_mask.
 */
public record IpPrefix(byte[] address, int length) {

    /**
     * FRR's prefix_cmp: family, then length, then the network bits. Static routes are listed in this order.
     */
    public static final Comparator<IpPrefix> LENGTH_FIRST = Comparator.comparingInt((IpPrefix p) -> p.address.length)
            .thenComparingInt(IpPrefix::length)
            .thenComparing((a, b) -> Arrays.compareUnsigned(a.masked().address, b.masked().address));

    /**
     * The order FRR's route tables walk in (route_top/route_next): family, network bits, then a shorter
     * prefix before the longer ones it covers. `network` statements are listed in this order.
     */
    public static final Comparator<IpPrefix> TABLE_ORDER = Comparator.comparingInt((IpPrefix p) -> p.address.length)
            .thenComparing((a, b) -> Arrays.compareUnsigned(a.masked().address, b.masked().address))
            .thenComparingInt(IpPrefix::length);

    public IpPrefix {
        address = address.clone();
        if (length < 0 || length > address.length * 8) {
            throw new IllegalArgumentException("prefix length " + length + " out of range");
        }
    }

    /** Parses "A.B.C.D/M" or "X:X::X:X/M". */
    public static IpPrefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("missing prefix length: " + text);
        }
        return new IpPrefix(IpAddresses.parse(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    /** A host prefix (/32 or /128) for one address. */
    public static IpPrefix host(byte[] address) {
        return new IpPrefix(address, address.length * 8);
    }

    public boolean isIpv4() {
        return address.length == 4;
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    /** The same prefix with the host bits cleared. */
    public IpPrefix masked() {
        byte[] b = address.clone();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.clamp(length - i * 8, 0, 8);
            b[i] &= (byte) (0xff00 >> keep);
        }
        return new IpPrefix(b, length);
    }

    public String addressText() {
        return IpAddresses.format(address);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPrefix p && p.length == length && Arrays.equals(p.address, address);
    }

    @Override
    public int hashCode() {
        // the address bytes in two longs, mixed by murmur3's 64-bit finalizer (as zebra's Prefix): a polynomial
        // over the bytes (Arrays.hashCode's 31) let /24s such as 11.0.31.0 and 11.1.0.0 collide, and 10,000
        // prefixes shared about 1,500 hash values (ospfd's flood benchmark profile)
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < address.length; i++) {
            if (i < 8) {
                hi = hi << 8 | (address[i] & 0xff);
            } else {
                lo = lo << 8 | (address[i] & 0xff);
            }
        }
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL ^ (length | (long) address.length << 8);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }

    @Override
    public String toString() {
        return addressText() + "/" + length;
    }
}
