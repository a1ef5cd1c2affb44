package dev.ferry.bgpd.nlri;

import dev.ferry.bgpd.config.RouteDistinguisher;

/**
 * A labelled VPN-IPv4 or VPN-IPv6 NLRI (SAFI 128; RFC 4364 section 4.3.4, label per RFC 8277): one label
 * field, the route distinguisher, then the prefix. The length octet counts all of it in bits (24 + 64 +
 * the prefix length).
 * <pre>
 * +---------------------------+
 * |   Length (1 octet, bits)  |
 * +---------------------------+
 * |   Label field (3 octets)  |
 * +---------------------------+
 * |   RD (8 octets)           |
 * +---------------------------+
 * |   Prefix (variable)       |
 * +---------------------------+
 * </pre>
 *
 * @param labelField the raw 3-byte label field ({@link MplsLabels}), kept as received so a withdrawal's
 *                   0x800000 or a missing bottom-of-stack bit re-encodes unchanged
 */
public record VpnPrefix(RouteDistinguisher rd, int labelField, Prefix prefix) implements Nlri {
    /** The bits the label and RD take in the length octet. */
    public static final int OVERHEAD_BITS = 24 + 64;

    public VpnPrefix {
        if (rd == null || prefix == null || (labelField & ~0xffffff) != 0) {
            throw new IllegalArgumentException("bad VPN prefix");
        }
    }

    /** A route to announce, with one label at the bottom of the stack. */
    public static VpnPrefix of(RouteDistinguisher rd, int label, Prefix prefix) {
        return new VpnPrefix(rd, MplsLabels.field(label), prefix);
    }

    /** A route to withdraw: the label field FRR and RFC 3107 use. */
    public static VpnPrefix withdrawal(RouteDistinguisher rd, Prefix prefix) {
        return new VpnPrefix(rd, MplsLabels.WITHDRAW_FIELD, prefix);
    }

    public int label() {
        return MplsLabels.label(labelField);
    }

    /** As FRR logs it: "RD 1:100 192.168.2.0/24 label 80". */
    @Override
    public String toString() {
        return "RD " + RouteDistinguishers.format(rd) + " " + prefix + " label " + label();
    }
}
