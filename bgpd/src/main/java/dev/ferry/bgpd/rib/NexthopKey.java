package dev.ferry.bgpd.rib;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.PrefixHash;

/**
 * A next hop address as a map key: its bits in two longs and its length, so that looking a next hop up costs no
 * formatting and no copy (the decision process asks for every path it weighs).
 *
 * @param length 4 or 16 (another length is kept as is, for the lookups of odd inputs to fail cleanly)
 */
public record NexthopKey(long high, long low, int length) {

    /** The key of an address of any length up to 16 bytes. */
    public static NexthopKey of(byte[] address) {
        long h = 0;
        long l = 0;
        for (int i = 0; i < address.length && i < 16; i++) {
            if (i < 8) {
                h = h << 8 | (address[i] & 0xff);
            } else {
                l = l << 8 | (address[i] & 0xff);
            }
        }
        return new NexthopKey(h, l, address.length);
    }

    /** The address bytes. */
    public byte[] address() {
        byte[] a = new byte[Math.min(length, 16)];
        for (int i = 0; i < a.length; i++) {
            long word = i < 8 ? high : low;
            int shift = 8 * ((i < 8 ? Math.min(length, 8) : a.length - 8) - 1 - (i & 7));
            a[i] = (byte) (word >>> shift);
        }
        return a;
    }

    @Override
    public int hashCode() {
        return PrefixHash.of(high, low, length);
    }

    /** Written out for C1, as {@link dev.ferry.bgpd.nlri.Ipv4Prefix#equals}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NexthopKey k && k.high == high && k.low == low && k.length == length;
    }

    @Override
    public String toString() {
        return IpAddresses.format(address());
    }
}
