package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A kernel nexthop object (Linux 5.3+): the payload of RTM_NEWNEXTHOP / RTM_DELNEXTHOP / RTM_GETNEXTHOP, struct
 * {@link NhMsg} then attributes. A route refers to one by its id (RTA_NH_ID) instead of carrying a gateway and
 * interface itself, which the kernel inserts faster; deleting the object (or its interface going down) deletes
 * the routes that use it. Requests carry the attributes in iproute2's order for `ip nexthop add id ID [group
 * ...] [blackhole] [via GATEWAY] [dev IF]`:
 * <pre>
 * nlmsghdr | nhmsg | NHA_ID | [NHA_GROUP] | [NHA_BLACKHOLE] | [NHA_GATEWAY] | [NHA_OIF]
 * </pre>
 *
 * @param family AF_INET / AF_INET6 for a gateway's object, AF_UNSPEC for a group and in deletes and dumps
 * @param scope nh_scope (0 in requests; RT_SCOPE_LINK in the kernel's answers for a gateway)
 * @param protocol who made the object, as a route's rtm_protocol ({@link RouteProtocol})
 * @param flags nh_flags (RTNH_F_ONLINK, ...)
 * @param id NHA_ID, 0 for none (the kernel then picks one)
 * @param gateway NHA_GATEWAY, or null
 * @param ifindex NHA_OIF, 0 for none
 * @param blackhole NHA_BLACKHOLE
 * @param group NHA_GROUP's members, empty when it is not a group
 */
public record NexthopMessage(int family, int scope, int protocol, int flags, int id, byte[] gateway, int ifindex,
                             boolean blackhole, List<Member> group) implements Payload {

    /**
     * One member of a group, struct nexthop_grp (8 bytes): u32 id, u8 weight - 1, u8 weight_high (the high bits of
     * weight - 1 since Linux 6.12, reserved before), u16 reserved.
     *
     * @param weight 1..65536
     */
    public record Member(int id, int weight) {
        static final int SIZE = 8;
    }

    public NexthopMessage {
        gateway = gateway == null ? null : gateway.clone();
        group = List.copyOf(group);
    }

    /** `ip nexthop add id ID via GATEWAY dev IFINDEX proto PROTOCOL`. */
    public static NexthopMessage via(int id, byte[] gateway, int ifindex, int protocol) {
        return new NexthopMessage(AddressFamily.ofAddress(gateway), 0, protocol, 0, id, gateway, ifindex, false,
                List.of());
    }

    /** Just the id, all of nhmsg zero: what RTM_DELNEXTHOP (`ip nexthop del id ID`) carries. */
    public static NexthopMessage byId(int id) {
        return new NexthopMessage(AddressFamily.UNSPEC, 0, 0, 0, id, null, 0, false, List.of());
    }

    /** A dump of every nexthop object (`ip nexthop show`). */
    public static NetlinkRequest dump() {
        return (w, seq) -> {
            int start = w.beginMessage(NlMsgType.RTM_GETNEXTHOP, NlFlags.REQUEST | NlFlags.DUMP, seq);
            new NhMsg(AddressFamily.UNSPEC, 0, 0, 0).encode(w);
            w.endMessage(start);
            return start;
        };
    }

    @Override
    public byte[] gateway() {
        return gateway == null ? null : gateway.clone();
    }

    /** This object as a request of {@code nlType} (RTM_NEWNEXTHOP, RTM_DELNEXTHOP) with {@code nlFlags}. */
    public NetlinkRequest request(int nlType, int nlFlags) {
        return (w, seq) -> encode(w, nlType, nlFlags, seq);
    }

    /** Writes the whole message at the writer's position; returns its start offset. */
    public int encode(MessageWriter w, int nlType, int nlFlags, int seq) {
        int start = w.beginMessage(nlType, nlFlags, seq);
        new NhMsg(family, scope, protocol, flags).encode(w);
        if (id != 0) {
            w.attrU32(NexthopAttr.ID, id);
        }
        if (!group.isEmpty()) {
            int at = w.beginLeaf(NexthopAttr.GROUP);
            for (Member m : group) {
                int w1 = m.weight() - 1;
                w.u32(m.id()).u8(w1 & 0xff).u8(w1 >>> 8).u16(0);
            }
            w.endLeaf(at);
        }
        if (blackhole) {
            w.attrBytes(NexthopAttr.BLACKHOLE, new byte[0]);
        }
        if (gateway != null) {
            w.attrBytes(NexthopAttr.GATEWAY, gateway);
        }
        if (ifindex != 0) {
            w.attrU32(NexthopAttr.OIF, ifindex);
        }
        w.endMessage(start);
        return start;
    }

    /** Decodes the payload (nhmsg and attributes) between {@code at} and {@code end}. */
    public static NexthopMessage decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        NhMsg h = NhMsg.decode(buf, at, end);
        int id = 0;
        byte[] gateway = null;
        int ifindex = 0;
        boolean blackhole = false;
        List<Member> group = List.of();
        AttributeReader r = new AttributeReader(buf, at + NhMsg.SIZE, end);
        while (r.next()) {
            switch (r.type()) {
                case NexthopAttr.ID -> id = r.u32();
                case NexthopAttr.GROUP -> group = members(r);
                case NexthopAttr.BLACKHOLE -> blackhole = true;
                case NexthopAttr.OIF -> ifindex = r.u32();
                case NexthopAttr.GATEWAY -> {
                    int length = AddressFamily.addressLength(h.family());
                    gateway = length > 0 ? r.bytes(length) : r.bytes();
                }
                default -> {
                }
            }
        }
        return new NexthopMessage(h.family(), h.scope(), h.protocol(), h.flags(), id, gateway, ifindex, blackhole,
                group);
    }

    private static List<Member> members(AttributeReader r) throws NetlinkDecodeException {
        if (r.length() % Member.SIZE != 0) {
            throw new NetlinkDecodeException(Problem.BAD_ATTRIBUTE_LENGTH, r.dataOffset() - 4,
                    "nexthop group of " + r.length() + " bytes, not a multiple of " + Member.SIZE);
        }
        ByteBuffer b = r.buffer();
        List<Member> out = new ArrayList<>(r.length() / Member.SIZE);
        for (int at = r.dataOffset(); at < r.dataOffset() + r.length(); at += Member.SIZE) {
            int weight = (Byte.toUnsignedInt(b.get(at + 5)) << 8 | Byte.toUnsignedInt(b.get(at + 4))) + 1;
            out.add(new Member(b.getInt(at), weight));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NexthopMessage m && m.family == family && m.scope == scope && m.protocol == protocol
                && m.flags == flags && m.id == id && Arrays.equals(m.gateway, gateway) && m.ifindex == ifindex
                && m.blackhole == blackhole && m.group.equals(group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, protocol, id, Arrays.hashCode(gateway), ifindex, blackhole, group);
    }

    /** "NexthopMessage[id 268435456 via 10.0.0.2 oif 3 proto 235]", the way `ip nexthop show` puts it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NexthopMessage[id ").append(Integer.toUnsignedString(id));
        if (!group.isEmpty()) {
            sb.append(" group");
            for (Member m : group) {
                sb.append(' ').append(Integer.toUnsignedString(m.id())).append(',').append(m.weight());
            }
        }
        if (blackhole) {
            sb.append(" blackhole");
        }
        if (gateway != null) {
            sb.append(" via ").append(gateway.length == 4 || gateway.length == 16 ? IpAddresses.format(gateway)
                    : java.util.HexFormat.of().formatHex(gateway));
        }
        if (ifindex != 0) {
            sb.append(" oif ").append(ifindex);
        }
        if (flags != 0) {
            sb.append(" flags 0x").append(Integer.toHexString(flags));
        }
        return sb.append(" proto ").append(protocol).append(']').toString();
    }
}
