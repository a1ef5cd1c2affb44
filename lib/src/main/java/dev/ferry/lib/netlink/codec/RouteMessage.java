package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A route: the payload of RTM_NEWROUTE / RTM_DELROUTE, struct {@link RtMsg} then attributes, for IPv4,
 * IPv6 (unicast, multipath, blackhole / unreachable / prohibit, with MPLS push or SRv6 encapsulation,
 * seg6local SIDs) and MPLS label routes (family AF_MPLS, RTA_DST one label entry).
 * <pre>
 * nlmsghdr | rtmsg | RTA_DST | [RTA_SRC] | RTA_NH_ID or next hop (single) | [RTA_PRIORITY] | [RTA_PREFSRC]
 *          |       | [RTA_TABLE if &gt; 255] | [RTA_OIF (single)] | [RTA_MULTIPATH (several next hops)]
 * </pre>
 * That order is iproute2's, so Ferry's requests are byte-for-byte what `ip route add` sends for the
 * same route (see the golden tests). One next hop goes in top-level attributes, with its rtnh_flags in
 * the low byte of rtm_flags; two or more go in RTA_MULTIPATH. A route that forwards by a kernel nexthop
 * object ({@link NexthopMessage}) names it in RTA_NH_ID instead. The kernel refuses a request with both, so
 * a route with a nexthop id is encoded with the id alone: the next hops a dump shows beside the id (with the
 * default net.ipv4.nexthop_compat_mode=1) are there for reading.
 */
public final class RouteMessage implements Payload {
    /** {@link #priority()} when the route has no RTA_PRIORITY. */
    public static final long NO_PRIORITY = -1;

    private final int family;
    private final int dstLength;
    private final int srcLength;
    private final int tos;
    private final int table;
    private final int protocol;
    private final int scope;
    private final int type;
    private final int flags;
    private final byte[] dst;
    private final byte[] src;
    private final byte[] prefSrc;
    private final long priority;
    private final int nexthopId;
    private final List<NextHop> nexthops;

    private RouteMessage(Builder b) {
        family = b.family;
        dstLength = b.dstLength;
        srcLength = b.srcLength;
        tos = b.tos;
        table = b.table;
        protocol = b.protocol;
        scope = b.scope;
        type = b.type;
        flags = b.flags;
        dst = b.dst;
        src = b.src;
        prefSrc = b.prefSrc;
        priority = b.priority;
        nexthopId = b.nexthopId;
        nexthops = List.copyOf(b.nexthops);
    }

    /** A unicast route in table main, scope universe, no protocol: set the rest on the builder. */
    public static Builder builder(int family) {
        return new Builder(family);
    }

    /** A route to an IPv4 or IPv6 prefix (host bits cleared). */
    public static Builder to(IpPrefix prefix) {
        IpPrefix p = prefix.masked();
        return new Builder(p.isIpv4() ? AddressFamily.INET : AddressFamily.INET6).dst(p.address(), p.length());
    }

    /** An MPLS label route for incoming label {@code label} (RTA_DST one entry, bottom of stack). */
    public static Builder mpls(int label) {
        return new Builder(AddressFamily.MPLS).dst(MplsLabelStack.of(label).encode(), 20);
    }

    public Builder toBuilder() {
        Builder b = new Builder(family);
        b.dstLength = dstLength;
        b.srcLength = srcLength;
        b.tos = tos;
        b.table = table;
        b.protocol = protocol;
        b.scope = scope;
        b.type = type;
        b.flags = flags;
        b.dst = dst;
        b.src = src;
        b.prefSrc = prefSrc;
        b.priority = priority;
        b.nexthopId = nexthopId;
        b.nexthops(nexthops);
        return b;
    }

    /**
     * The same route as a delete request matches it: for IP, scope RT_SCOPE_NOWHERE and type 0 (any),
     * as iproute2 sends `ip route del`; the protocol stays, so only Ferry's own route is removed.
     */
    public RouteMessage forDelete() {
        if (family != AddressFamily.INET && family != AddressFamily.INET6) {
            return this;
        }
        return toBuilder().scope(RouteScope.NOWHERE).type(RouteType.UNSPEC).build();
    }

    public int family() {
        return family;
    }

    public int dstLength() {
        return dstLength;
    }

    public int srcLength() {
        return srcLength;
    }

    public int tos() {
        return tos;
    }

    /** The full table id (RTA_TABLE if present, else rtm_table). */
    public int table() {
        return table;
    }

    public int protocol() {
        return protocol;
    }

    public int scope() {
        return scope;
    }

    public int type() {
        return type;
    }

    /** rtm_flags, without the single next hop's rtnh_flags. */
    public int flags() {
        return flags;
    }

    /** RTA_DST: the prefix address, or for MPLS the 4-byte label entry; null for a default route. */
    public byte[] dst() {
        return dst == null ? null : dst.clone();
    }

    /** The destination as a prefix (IP families), 0/0 or ::/0 when RTA_DST is absent. */
    public IpPrefix prefix() {
        byte[] a = dst != null ? dst : new byte[family == AddressFamily.INET ? 4 : 16];
        return new IpPrefix(a, dstLength);
    }

    /** The incoming label of an MPLS route. */
    public int mplsLabel() {
        return dst == null ? -1 : ((dst[0] & 0xff) << 12) | ((dst[1] & 0xff) << 4) | ((dst[2] & 0xff) >>> 4);
    }

    public byte[] src() {
        return src == null ? null : src.clone();
    }

    public byte[] prefSrc() {
        return prefSrc == null ? null : prefSrc.clone();
    }

    /** RTA_PRIORITY (the metric) as an unsigned value, or {@link #NO_PRIORITY}. */
    public long priority() {
        return priority;
    }

    /**
     * The next hops: those the route was given, or for a route by nexthop object those the kernel shows beside
     * its id in a dump (nothing when net.ipv4.nexthop_compat_mode is 0).
     */
    public List<NextHop> nexthops() {
        return nexthops;
    }

    /** RTA_NH_ID: the kernel nexthop object the route forwards by, 0 for none. */
    public int nexthopId() {
        return nexthopId;
    }

    /** This route as a request of {@code nlType} with {@code nlFlags}. */
    public NetlinkRequest request(int nlType, int nlFlags) {
        return (w, seq) -> encode(w, nlType, nlFlags, seq);
    }

    /** A dump of the routes of one family (AF_UNSPEC: all), every table. */
    public static NetlinkRequest dump(int family) {
        return (w, seq) -> {
            int start = w.beginMessage(NlMsgType.RTM_GETROUTE, NlFlags.REQUEST | NlFlags.DUMP, seq);
            new RtMsg(family, 0, 0, 0, 0, 0, 0, 0, 0).encode(w);
            w.endMessage(start);
            return start;
        };
    }

    /**
     * Writes the whole message (header, rtmsg, attributes) at the writer's position.
     *
     * @param nlType RTM_NEWROUTE or RTM_DELROUTE
     * @param nlFlags e.g. REQUEST | CREATE | REPLACE (| ACK)
     * @return the offset the message starts at
     */
    public int encode(MessageWriter w, int nlType, int nlFlags, int seq) {
        int start = w.beginMessage(nlType, nlFlags, seq);
        boolean byObject = nexthopId != 0;
        boolean single = !byObject && nexthops.size() == 1;
        NextHop one = single ? nexthops.getFirst() : null;
        boolean bigTable = Integer.compareUnsigned(table, 256) >= 0;
        RtMsg.encode(w, family, dstLength, srcLength, tos, bigTable ? RouteTable.UNSPEC : table, protocol, scope,
                type, flags | (single ? one.flags() : 0));
        if (dst != null) {
            w.attrBytes(RouteAttr.DST, dst);
        }
        if (src != null) {
            w.attrBytes(RouteAttr.SRC, src);
        }
        if (byObject) {
            w.attrU32(RouteAttr.NH_ID, nexthopId);
        } else if (single) {
            one.encodeAttributes(w, family);
        }
        if (priority != NO_PRIORITY) {
            w.attrU32(RouteAttr.PRIORITY, (int) priority);
        }
        if (prefSrc != null) {
            w.attrBytes(RouteAttr.PREFSRC, prefSrc);
        }
        if (bigTable) {
            w.attrU32(RouteAttr.TABLE, table);
        }
        if (single && one.ifindex() != 0) {
            w.attrU32(RouteAttr.OIF, one.ifindex());
        }
        if (!byObject && nexthops.size() > 1) {
            RtNexthop.encode(w, nexthops, family);
        }
        w.endMessage(start);
        return start;
    }

    /** Decodes the payload (rtmsg and attributes) between {@code at} and {@code end}. */
    public static RouteMessage decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        RtMsg h = RtMsg.decode(buf, at, end);
        Builder b = new Builder(h.family());
        b.dstLength = h.dstLength();
        b.srcLength = h.srcLength();
        b.tos = h.tos();
        b.table = h.table();
        b.protocol = h.protocol();
        b.scope = h.scope();
        b.type = h.type();
        int addressLength = AddressFamily.addressLength(h.family());
        NextHop.Parts single = new NextHop.Parts(h.family());
        int oif = 0;
        List<NextHop> multipath = null;
        AttributeReader r = new AttributeReader(buf, at + RtMsg.SIZE, end);
        while (r.next()) {
            if (single.accept(r)) {
                continue;
            }
            switch (r.type()) {
                case RouteAttr.DST -> b.dst = address(r, addressLength);
                case RouteAttr.SRC -> b.src = address(r, addressLength);
                case RouteAttr.PREFSRC -> b.prefSrc = address(r, addressLength);
                case RouteAttr.OIF -> oif = r.u32();
                case RouteAttr.PRIORITY -> b.priority = Integer.toUnsignedLong(r.u32());
                case RouteAttr.TABLE -> b.table = r.u32();
                case RouteAttr.MULTIPATH -> multipath = RtNexthop.decode(r, h.family());
                case RouteAttr.NH_ID -> b.nexthopId = r.u32();
                default -> {
                }
            }
        }
        if (multipath != null) {
            b.flags = h.flags();
            b.nexthops(multipath);
        } else if (single.any() || oif != 0) {
            b.flags = h.flags() & ~RouteAttr.RTNH_FLAGS_MASK;
            b.nexthop(single.build(oif, 1, h.flags() & RouteAttr.RTNH_FLAGS_MASK));
        } else {
            b.flags = h.flags();
        }
        return new RouteMessage(b);
    }

    private static byte[] address(AttributeReader r, int length) throws NetlinkDecodeException {
        if (length < 0) {
            return r.bytes();
        }
        if (r.length() != length) {
            throw new NetlinkDecodeException(Problem.BAD_ATTRIBUTE_LENGTH, r.dataOffset() - 4,
                    "route attribute " + r.type() + " of " + r.length() + " bytes, expected " + length);
        }
        return r.bytes();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteMessage m && m.family == family && m.dstLength == dstLength
                && m.srcLength == srcLength && m.tos == tos && m.table == table && m.protocol == protocol
                && m.scope == scope && m.type == type && m.flags == flags && Arrays.equals(m.dst, dst)
                && Arrays.equals(m.src, src) && Arrays.equals(m.prefSrc, prefSrc) && m.priority == priority
                && m.nexthopId == nexthopId && m.nexthops.equals(nexthops);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, dstLength, table, protocol, type, Arrays.hashCode(dst), priority, nexthops);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RouteMessage[");
        if (family == AddressFamily.MPLS) {
            sb.append("mpls ").append(mplsLabel());
        } else if (family == AddressFamily.INET || family == AddressFamily.INET6) {
            sb.append(dst == null ? "default" : IpAddresses.format(dst) + "/" + dstLength);
        } else {
            sb.append("family ").append(family);
        }
        sb.append(" table ").append(Integer.toUnsignedString(table)).append(" proto ").append(protocol)
                .append(" scope ").append(scope).append(" type ").append(type);
        if (priority != NO_PRIORITY) {
            sb.append(" metric ").append(priority);
        }
        if (flags != 0) {
            sb.append(" flags 0x").append(Integer.toHexString(flags));
        }
        if (nexthopId != 0) {
            sb.append(" nhid ").append(Integer.toUnsignedString(nexthopId));
        }
        for (NextHop nh : nexthops) {
            sb.append(nexthops.size() > 1 ? " nexthop " : " ").append(nh);
        }
        return sb.append(']').toString();
    }

    /** Builds a {@link RouteMessage}; defaults: table main, unicast, scope universe, protocol 0. */
    public static final class Builder {
        private final int family;
        private int dstLength;
        private int srcLength;
        private int tos;
        private int table = RouteTable.MAIN;
        private int protocol = RouteProtocol.UNSPEC;
        private int scope = RouteScope.UNIVERSE;
        private int type = RouteType.UNICAST;
        private int flags;
        private byte[] dst;
        private byte[] src;
        private byte[] prefSrc;
        private long priority = NO_PRIORITY;
        private int nexthopId;
        /** An immutable list given whole ({@link #nexthops}) is kept as is, not copied, until added to. */
        private List<NextHop> nexthops = List.of();

        private Builder(int family) {
            this.family = family;
        }

        public Builder dst(byte[] address, int length) {
            this.dst = address.clone();
            this.dstLength = length;
            return this;
        }

        public Builder src(byte[] address, int length) {
            this.src = address.clone();
            this.srcLength = length;
            return this;
        }

        public Builder table(int table) {
            this.table = table;
            return this;
        }

        public Builder protocol(int protocol) {
            this.protocol = protocol;
            return this;
        }

        public Builder scope(int scope) {
            this.scope = scope;
            return this;
        }

        /** RTN_*: unicast, blackhole, unreachable, prohibit. */
        public Builder type(int type) {
            this.type = type;
            return this;
        }

        public Builder flags(int flags) {
            this.flags = flags;
            return this;
        }

        public Builder tos(int tos) {
            this.tos = tos;
            return this;
        }

        /** RTA_PRIORITY, the metric (unsigned 32 bits). */
        public Builder priority(long metric) {
            this.priority = metric;
            return this;
        }

        public Builder prefSrc(byte[] address) {
            this.prefSrc = address.clone();
            return this;
        }

        /** RTA_NH_ID: forward by the kernel nexthop object {@code id} (0: none). */
        public Builder nexthopId(int id) {
            this.nexthopId = id;
            return this;
        }

        public Builder nexthop(NextHop nh) {
            if (!(nexthops instanceof ArrayList)) {
                nexthops = new ArrayList<>(nexthops);
            }
            nexthops.add(nh);
            return this;
        }

        /** Adds {@code nhs}; the first list given is kept without a copy if it is immutable (List.copyOf). */
        public Builder nexthops(List<NextHop> nhs) {
            if (nexthops.isEmpty()) {
                nexthops = List.copyOf(nhs);
                return this;
            }
            if (!(nexthops instanceof ArrayList)) {
                nexthops = new ArrayList<>(nexthops);
            }
            nexthops.addAll(nhs);
            return this;
        }

        public RouteMessage build() {
            return new RouteMessage(this);
        }
    }
}
