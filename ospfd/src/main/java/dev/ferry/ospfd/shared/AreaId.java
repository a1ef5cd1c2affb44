package dev.ferry.ospfd.shared;

import dev.ferry.lib.net.IpAddresses;

/**
 * An OSPF area ID and the way the operator wrote it: FRR prints an area the way it was last configured,
 * "0" or "0.0.0.0" (str2area_id / area_id2str).
 *
 * @param value the 32-bit area ID
 * @param dotted whether it was written as A.B.C.D
 */
public record AreaId(long value, boolean dotted) {

    /** Parses "0", "4294967295" or "0.0.0.1" (the CLI has already checked the syntax). */
    public static AreaId parse(String text) {
        if (text.indexOf('.') >= 0) {
            byte[] b = IpAddresses.parseIpv4(text);
            long v = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
            return new AreaId(v, true);
        }
        return new AreaId(Long.parseLong(text), false);
    }

    public boolean isBackbone() {
        return value == 0;
    }

    /** Whether both name the same area, however written. */
    public boolean sameArea(AreaId other) {
        return other != null && other.value == value;
    }

    @Override
    public String toString() {
        if (!dotted) {
            return Long.toString(value);
        }
        return ((value >> 24) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 8) & 0xff) + "." + (value & 0xff);
    }
}
