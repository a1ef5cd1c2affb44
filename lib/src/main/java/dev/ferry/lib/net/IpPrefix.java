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
        // base 257, not Arrays.hashCode's 31: with 31 < 256, /24s such as 11.0.31.0 and 11.1.0.0 collide and
        // 10,000 prefixes shared about 1,500 hash values (ospfd's flood benchmark profile)
        int h = length;
        for (byte b : address) {
            h = h * 257 + (b & 0xff);
        }
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return addressText() + "/" + length;
    }
}
