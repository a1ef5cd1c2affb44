package dev.ferry.ldpd.packet;

import java.net.Inet4Address;

/**
 * An LDP identifier (RFC 5036 section 2.2.2): the LSR id and the label space, six bytes on the wire, printed
 * {@code 1.1.1.1:0}. Label space 0 is the platform-wide space, the only one FRR uses.
 */
public record LdpId(Inet4Address lsrId, int labelSpace) {
    public static final int SIZE = 6;

    public LdpId {
        if (lsrId == null || labelSpace < 0 || labelSpace > 0xffff) {
            throw new IllegalArgumentException("LDP id needs an LSR id and a 16-bit label space");
        }
    }

    /** A platform-wide label space id, e.g. {@code LdpId.of("1.1.1.1")}. */
    public static LdpId of(String lsrId) {
        return new LdpId(Inet.v4(lsrId), 0);
    }

    public static LdpId decode(WireReader r) throws DecodeException {
        return new LdpId(r.ipv4("LSR id"), r.u16("label space"));
    }

    public void encode(WireWriter w) {
        w.address(lsrId).u16(labelSpace);
    }

    @Override
    public String toString() {
        return Inet.format(lsrId) + ":" + labelSpace;
    }
}
