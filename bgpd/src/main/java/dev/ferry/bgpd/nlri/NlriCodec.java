package dev.ferry.bgpd.nlri;

import dev.ferry.bgpd.config.RouteDistinguisher;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * NLRI fields: a run of (length in bits, just enough bytes of the address) entries (RFC 4271 section 4.3,
 * RFC 4760 section 5), optionally with a label and RD in front (SAFI 128). Decoding never throws: it checks
 * every length against the field's end and reports the first fault. Encoding writes straight into a byte
 * array so that packing a million prefixes allocates nothing.
 * <pre>
 * +---------------------------+
 * |   Length (1 octet)        |
 * +---------------------------+
 * |   Prefix (variable)       |
 * +---------------------------+
 * </pre>
 */
public final class NlriCodec {
    private NlriCodec() {
    }

    /** Bytes an entry takes on the wire, its length octet included. */
    public static int encodedLength(Nlri nlri) {
        return switch (nlri) {
            case Prefix p -> 1 + (p.length() + 7) / 8;
            case VpnPrefix v -> 1 + 3 + RouteDistinguishers.LENGTH + (v.prefix().length() + 7) / 8;
            case RawNlri r -> r.length();
        };
    }

    /** Writes one entry at {@code off} and returns the offset after it. */
    public static int write(byte[] b, int off, Nlri nlri) {
        switch (nlri) {
            case Ipv4Prefix p -> {
                return writeIpv4(b, off, p.address(), p.length());
            }
            case Prefix p -> {
                b[off++] = (byte) p.length();
                return writeAddress(b, off, p);
            }
            case VpnPrefix v -> {
                b[off++] = (byte) (VpnPrefix.OVERHEAD_BITS + v.prefix().length());
                b[off++] = (byte) (v.labelField() >>> 16);
                b[off++] = (byte) (v.labelField() >>> 8);
                b[off++] = (byte) v.labelField();
                off = RouteDistinguishers.write(b, off, v.rd());
                return writeAddress(b, off, v.prefix());
            }
            case RawNlri r -> {
                byte[] raw = r.bytes();
                System.arraycopy(raw, 0, b, off, raw.length);
                return off + raw.length;
            }
        }
    }

    /** The fast path for IPv4 unicast: no object needed. */
    public static int writeIpv4(byte[] b, int off, int address, int length) {
        b[off++] = (byte) length;
        int n = (length + 7) >>> 3;
        for (int i = 0; i < n; i++) {
            b[off++] = (byte) (address >>> (24 - 8 * i));
        }
        return off;
    }

    /** The fast path for a VPN-IPv4 route. */
    public static int writeVpnIpv4(byte[] b, int off, RouteDistinguisher rd, int labelField, int address,
            int length) {
        b[off++] = (byte) (VpnPrefix.OVERHEAD_BITS + length);
        b[off++] = (byte) (labelField >>> 16);
        b[off++] = (byte) (labelField >>> 8);
        b[off++] = (byte) labelField;
        off = RouteDistinguishers.write(b, off, rd);
        int n = (length + 7) >>> 3;
        for (int i = 0; i < n; i++) {
            b[off++] = (byte) (address >>> (24 - 8 * i));
        }
        return off;
    }

    private static int writeAddress(byte[] b, int off, Prefix p) {
        int n = (p.length() + 7) >>> 3;
        for (int i = 0; i < n; i++) {
            b[off++] = (byte) p.byteAt(i);
        }
        return off;
    }

    public static void write(ByteBuffer out, Nlri nlri) {
        int end = write(out.array(), out.arrayOffset() + out.position(), nlri);
        out.position(end - out.arrayOffset());
    }

    /** IPv4 prefixes from {@code buf}'s position up to {@code end} (the UPDATE's withdrawn and NLRI fields). */
    public static NlriDecoding<Ipv4Prefix> decodeIpv4(ByteBuffer buf, int end) {
        List<Ipv4Prefix> out = new ArrayList<>();
        int pos = buf.position();
        while (pos < end) {
            int bits = buf.get(pos) & 0xff;
            if (bits > 32) {
                return NlriDecoding.malformed(out, "IPv4 prefix length " + bits + " exceeds 32");
            }
            int n = (bits + 7) >>> 3;
            if (pos + 1 + n > end) {
                return NlriDecoding.malformed(out, "prefix /" + bits + " overruns the field by "
                        + (pos + 1 + n - end) + " bytes");
            }
            out.add(new Ipv4Prefix(readAddress32(buf, pos + 1, n), bits));
            pos += 1 + n;
        }
        buf.position(end);
        return NlriDecoding.ok(out);
    }

    /**
     * The NLRI of an MP_REACH_NLRI or MP_UNREACH_NLRI attribute. Unknown families come back as one
     * {@link RawNlri}. VPN routes carry a single label (RFC 8277 without the Multiple Labels capability).
     */
    public static NlriDecoding<Nlri> decode(ByteBuffer buf, int end, AddressFamily family) {
        List<Nlri> out = new ArrayList<>();
        int pos = buf.position();
        if (!family.isKnown()) {
            byte[] raw = new byte[Math.max(0, end - pos)];
            buf.get(pos, raw);
            buf.position(end);
            out.add(new RawNlri(raw));
            return NlriDecoding.ok(out);
        }
        int addrLen = family.addressLength();
        boolean vpn = family.isVpn();
        while (pos < end) {
            int bits = buf.get(pos) & 0xff;
            int prefixBits = bits;
            int start = pos + 1;
            if (vpn) {
                if (bits < VpnPrefix.OVERHEAD_BITS) {
                    return NlriDecoding.malformed(out, "VPN NLRI length " + bits + " is shorter than label and RD");
                }
                prefixBits = bits - VpnPrefix.OVERHEAD_BITS;
                start += 11;
            }
            if (prefixBits > addrLen * 8) {
                return NlriDecoding.malformed(out, "prefix length " + prefixBits + " exceeds " + addrLen * 8);
            }
            int n = (prefixBits + 7) >>> 3;
            if (start + n > end) {
                return NlriDecoding.malformed(out, "NLRI of " + bits + " bits overruns the field by "
                        + (start + n - end) + " bytes");
            }
            Prefix prefix = addrLen == 4 ? new Ipv4Prefix(readAddress32(buf, start, n), prefixBits)
                    : readIpv6(buf, start, n, prefixBits);
            if (vpn) {
                int label = ((buf.get(pos + 1) & 0xff) << 16) | ((buf.get(pos + 2) & 0xff) << 8)
                        | (buf.get(pos + 3) & 0xff);
                out.add(new VpnPrefix(RouteDistinguishers.read(buf, pos + 4), label, prefix));
            } else {
                out.add(prefix);
            }
            pos = start + n;
        }
        buf.position(end);
        return NlriDecoding.ok(out);
    }

    private static int readAddress32(ByteBuffer buf, int at, int n) {
        int a = 0;
        for (int i = 0; i < 4; i++) {
            a = (a << 8) | (i < n ? buf.get(at + i) & 0xff : 0);
        }
        return a;
    }

    private static Ipv6Prefix readIpv6(ByteBuffer buf, int at, int n, int bits) {
        long h = 0;
        long l = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (i < n ? buf.get(at + i) & 0xff : 0);
            l = (l << 8) | (i + 8 < n ? buf.get(at + 8 + i) & 0xff : 0);
        }
        return new Ipv6Prefix(h, l, bits);
    }
}
