package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.RouteDistinguishers;
import dev.ferry.lib.net.IpAddresses;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The next hop field of MP_REACH_NLRI (RFC 4760 section 3), kept as received. Its layout depends on the
 * family and the length: an IPv4 (4) or IPv6 address (16), an IPv6 global plus link-local address (32,
 * RFC 2545), and for VPN families each address preceded by an all-zero RD (12, 24, 48; RFC 4364 section
 * 4.3.2, RFC 4659 section 3.2). IPv4 routes may also have IPv6 next hops (RFC 8950).
 */
public record MpNextHop(byte[] bytes) {
    public MpNextHop {
        if (bytes.length > 255) {
            throw new IllegalArgumentException("next hop longer than 255 bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public static MpNextHop ipv4(byte[] address) {
        return new MpNextHop(address);
    }

    public static MpNextHop ipv6(byte[] global, byte[] linkLocal) {
        return new MpNextHop(linkLocal == null ? global : concat(global, linkLocal));
    }

    /** "RD 0:0 + IPv4", FRR's next hop for VPNv4 routes. */
    public static MpNextHop vpnIpv4(byte[] address) {
        return new MpNextHop(concat(new byte[RouteDistinguishers.LENGTH], address));
    }

    public static MpNextHop vpnIpv6(byte[] global, byte[] linkLocal) {
        byte[] g = concat(new byte[RouteDistinguishers.LENGTH], global);
        return new MpNextHop(linkLocal == null ? g : concat(g, concat(new byte[RouteDistinguishers.LENGTH],
                linkLocal)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Whether a next hop of {@code length} bytes fits the family (RFC 7606 section 7.11 makes a misfit fatal). */
    public static boolean validLength(AddressFamily family, int length) {
        if (!family.isKnown()) {
            return true;
        }
        if (family.isVpn()) {
            return length == 24 || length == 48 || (family.afi() == AddressFamily.AFI_IPV4 && length == 12);
        }
        return length == 16 || length == 32 || (family.afi() == AddressFamily.AFI_IPV4 && length == 4);
    }

    private int rdBytes() {
        return bytes.length == 12 || bytes.length == 24 || bytes.length == 48 ? RouteDistinguishers.LENGTH : 0;
    }

    /** The RD in front of a VPN next hop (0:0 when well formed), or null. */
    public RouteDistinguisher rd() {
        return rdBytes() == 0 ? null : RouteDistinguishers.read(ByteBuffer.wrap(bytes), 0);
    }

    /** The (global) next hop address: 4 or 16 bytes. */
    public byte[] address() {
        int rd = rdBytes();
        int len = bytes.length == 4 || bytes.length == 12 ? 4 : Math.min(16, bytes.length - rd);
        return Arrays.copyOfRange(bytes, rd, rd + len);
    }

    /** The IPv6 link-local next hop, or null when only a global address was sent. */
    public byte[] linkLocal() {
        if (bytes.length == 32) {
            return Arrays.copyOfRange(bytes, 16, 32);
        }
        return bytes.length == 48 ? Arrays.copyOfRange(bytes, 32, 48) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MpNextHop n && Arrays.equals(n.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** tshark's form: "RD=0:0 IPv4=2.2.2.2", "2001:db8::1 fe80::1". */
    @Override
    public String toString() {
        byte[] a = address();
        String text = a.length == 4 || a.length == 16 ? IpAddresses.format(a) : "?";
        byte[] ll = linkLocal();
        String s = ll != null ? text + " " + IpAddresses.format(ll) : text;
        RouteDistinguisher rd = rd();
        return rd == null ? s : "RD=" + RouteDistinguishers.format(rd) + (a.length == 4 ? " IPv4=" : " IPv6=") + s;
    }
}
