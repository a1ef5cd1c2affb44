package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * SRv6 encapsulation on a route (LWTUNNEL_ENCAP_SEG6): H.Encaps (or H.Insert) with a segment list.
 * <pre>
 * RTA_ENCAP {
 *     SEG6_IPTUNNEL_SRH (1): struct seg6_iptunnel_encap
 *     +---------------------------------------------------------------+
 *     |                    mode (int, host order)                     |
 *     +---------------+---------------+---------------+---------------+
 *     |    nexthdr    |    hdrlen     |   type (4)    | segments_left |  struct ipv6_sr_hdr
 *     +---------------+---------------+---------------+---------------+  (RFC 8754)
 *     | first_segment |     flags     |              tag              |
 *     +---------------+---------------+---------------+---------------+
 *     |            segments[0..first_segment], 16 bytes each,         |
 *     |            the LAST segment to visit first                    |
 *     +---------------------------------------------------------------+
 * }
 * RTA_ENCAP_TYPE = 5
 * </pre>
 * hdrlen counts 8-byte units after the first 8 bytes (2 per segment). As iproute2 does, inline mode
 * adds a zero segment at index 0, which the kernel replaces with the packet's destination; encap modes
 * carry exactly the segments. segments_left = first_segment = entries - 1; nexthdr, flags and tag are 0.
 *
 * @param segments the segment list in the order the packet visits them, 16 bytes each
 */
public record Seg6Encap(Seg6Mode mode, List<byte[]> segments) implements LwtEncap {
    public static final int ATTR_SRH = 1;
    private static final int SRH_TYPE = 4;

    public Seg6Encap {
        List<byte[]> copy = new ArrayList<>(segments.size());
        for (byte[] s : segments) {
            if (s.length != 16) {
                throw new IllegalArgumentException("an SRv6 segment is an IPv6 address, not " + s.length + " bytes");
            }
            copy.add(s.clone());
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("empty segment list");
        }
        segments = List.copyOf(copy);
    }

    /** H.Encaps with {@code segments} (visited in this order). */
    public static Seg6Encap encap(List<byte[]> segments) {
        return new Seg6Encap(Seg6Mode.ENCAP, segments);
    }

    @Override
    public List<byte[]> segments() {
        List<byte[]> out = new ArrayList<>(segments.size());
        for (byte[] s : segments) {
            out.add(s.clone());
        }
        return out;
    }

    @Override
    public int encapType() {
        return LwtEncapType.SEG6;
    }

    @Override
    public void encodeAttributes(MessageWriter w) {
        boolean inline = mode == Seg6Mode.INLINE;
        int entries = segments.size() + (inline ? 1 : 0);
        int start = w.beginLeaf(ATTR_SRH);
        w.u32(mode.code());
        w.u8(0).u8(2 * entries).u8(SRH_TYPE).u8(entries - 1).u8(entries - 1).u8(0).u16(0);
        if (inline) {
            w.zeros(16);
        }
        for (int i = segments.size() - 1; i >= 0; i--) {
            w.bytes(segments.get(i));
        }
        w.endLeaf(start);
    }

    static Seg6Encap decode(AttributeReader r) throws NetlinkDecodeException {
        Seg6Encap found = null;
        while (r.next()) {
            if (r.type() == ATTR_SRH) {
                found = decodeSrh(r);
            }
        }
        if (found == null) {
            throw new NetlinkDecodeException(Problem.BAD_VALUE, r.dataOffset(), "seg6 encap without SEG6_IPTUNNEL_SRH");
        }
        return found;
    }

    private static Seg6Encap decodeSrh(AttributeReader r) throws NetlinkDecodeException {
        int at = r.dataOffset();
        if (r.length() < 12) {
            throw new NetlinkDecodeException(Problem.BAD_ATTRIBUTE_LENGTH, at - 4, "SRH of " + r.length() + " bytes");
        }
        ByteBuffer b = r.buffer();
        Seg6Mode mode = Seg6Mode.of(b.getInt(at));
        int hdrlen = Byte.toUnsignedInt(b.get(at + 5));
        int entries = Byte.toUnsignedInt(b.get(at + 8)) + 1;
        if (mode == null) {
            throw new NetlinkDecodeException(Problem.BAD_VALUE, at, "seg6 mode " + b.getInt(at));
        }
        if (4 + 8 + 8 * hdrlen > r.length() || 16 * entries > 8 * hdrlen) {
            throw new NetlinkDecodeException(Problem.BAD_VALUE, at, "SRH hdrlen " + hdrlen + ", " + entries
                    + " segments in " + r.length() + " bytes");
        }
        int keep = mode == Seg6Mode.INLINE ? entries - 1 : entries;
        if (keep == 0) {
            throw new NetlinkDecodeException(Problem.BAD_VALUE, at, "inline SRH without segments");
        }
        List<byte[]> segments = new ArrayList<>(keep);
        for (int i = entries - 1; i >= entries - keep; i--) {
            byte[] s = new byte[16];
            b.get(at + 12 + 16 * i, s);
            segments.add(s);
        }
        return new Seg6Encap(mode, segments);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Seg6Encap e) || e.mode != mode || e.segments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!Arrays.equals(e.segments.get(i), segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = mode.hashCode();
        for (byte[] s : segments) {
            h = 31 * h + Arrays.hashCode(s);
        }
        return h;
    }

    /** iproute2's words: "seg6 mode encap segs fc00::1,fc00::2". */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(",");
        for (byte[] s : segments) {
            j.add(IpAddresses.format(s));
        }
        return "seg6 mode " + mode.text() + " segs " + j;
    }
}
