package dev.ferry.lib.netlink.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A link (network interface): the payload of RTM_NEWLINK / RTM_DELLINK, struct {@link IfInfoMsg} then
 * attributes. Decoded from dumps and events, it gives what zebra's interface manager follows: name,
 * index, flags (up / running / lower-up), MTU, operational state, master (the VRF an interface is
 * enslaved to), kind and, for a VRF device, its table. Encoded, it carries the requests zebra makes,
 * with attributes in iproute2's order:
 * <pre>
 * nlmsghdr | ifinfomsg | [IFLA_IFNAME] | [IFLA_MTU] | [IFLA_MASTER]
 *          | [IFLA_LINKINFO { IFLA_INFO_KIND "vrf", IFLA_INFO_DATA { IFLA_VRF_TABLE u32 } }]
 * </pre>
 * Absent numbers are -1 ({@link #ABSENT}); a master of 0 is "nomaster".
 */
public record LinkMessage(IfInfoMsg info, String name, int mtu, int master, int link, OperState operState,
                          String kind, String slaveKind, int vrfTable, byte[] hardwareAddress) implements Payload {
    public static final int ABSENT = -1;
    private static final int NEW_FLAGS = NlFlags.REQUEST | NlFlags.ACK | NlFlags.CREATE | NlFlags.EXCL;
    private static final int SET_FLAGS = NlFlags.REQUEST | NlFlags.ACK;

    public LinkMessage {
        hardwareAddress = hardwareAddress == null ? null : hardwareAddress.clone();
    }

    private static LinkMessage of(int index, int flags, int change) {
        return new LinkMessage(new IfInfoMsg(AddressFamily.UNSPEC, 0, index, flags, change), null, ABSENT, ABSENT,
                ABSENT, null, null, null, ABSENT, null);
    }

    /** `ip link add NAME type vrf table TABLE`. */
    public static NetlinkRequest createVrf(String name, int table) {
        LinkMessage m = new LinkMessage(new IfInfoMsg(AddressFamily.UNSPEC, 0, 0, 0, 0), name, ABSENT, ABSENT,
                ABSENT, null, "vrf", null, table, null);
        return (w, seq) -> m.encode(w, NlMsgType.RTM_NEWLINK, NEW_FLAGS, seq);
    }

    /** `ip link set dev INDEX master MASTER` (0: nomaster). */
    public static NetlinkRequest setMaster(int index, int master) {
        LinkMessage m = of(index, 0, 0).withMaster(master);
        return (w, seq) -> m.encode(w, NlMsgType.RTM_NEWLINK, SET_FLAGS, seq);
    }

    /** `ip link set dev INDEX mtu MTU`. */
    public static NetlinkRequest setMtu(int index, int mtu) {
        LinkMessage m = new LinkMessage(of(index, 0, 0).info, null, mtu, ABSENT, ABSENT, null, null, null, ABSENT,
                null);
        return (w, seq) -> m.encode(w, NlMsgType.RTM_NEWLINK, SET_FLAGS, seq);
    }

    /** `ip link set dev INDEX up|down`: IFF_UP in ifi_flags, IFF_UP in ifi_change. */
    public static NetlinkRequest setUp(int index, boolean up) {
        LinkMessage m = of(index, up ? LinkFlags.UP : 0, LinkFlags.UP);
        return (w, seq) -> m.encode(w, NlMsgType.RTM_NEWLINK, SET_FLAGS, seq);
    }

    /** `ip link del dev INDEX`. */
    public static NetlinkRequest delete(int index) {
        LinkMessage m = of(index, 0, 0);
        return (w, seq) -> m.encode(w, NlMsgType.RTM_DELLINK, SET_FLAGS, seq);
    }

    /** A dump of all links, statistics left out (IFLA_EXT_MASK). */
    public static NetlinkRequest dump() {
        return (w, seq) -> {
            int start = w.beginMessage(NlMsgType.RTM_GETLINK, NlFlags.REQUEST | NlFlags.DUMP, seq);
            new IfInfoMsg(AddressFamily.UNSPEC, 0, 0, 0, 0).encode(w);
            w.attrU32(LinkAttr.EXT_MASK, LinkAttr.RTEXT_FILTER_VF | LinkAttr.RTEXT_FILTER_SKIP_STATS);
            w.endMessage(start);
            return start;
        };
    }

    private LinkMessage withMaster(int m) {
        return new LinkMessage(info, name, mtu, m, link, operState, kind, slaveKind, vrfTable, hardwareAddress);
    }

    public int index() {
        return info.index();
    }

    public int flags() {
        return info.flags();
    }

    /** Administratively up (IFF_UP). */
    public boolean isUp() {
        return (info.flags() & LinkFlags.UP) != 0;
    }

    /** Operationally up (IFF_RUNNING). */
    public boolean isRunning() {
        return (info.flags() & LinkFlags.RUNNING) != 0;
    }

    /** Carrier up (IFF_LOWER_UP). */
    public boolean isLowerUp() {
        return (info.flags() & LinkFlags.LOWER_UP) != 0;
    }

    public boolean isVrf() {
        return "vrf".equals(kind);
    }

    @Override
    public byte[] hardwareAddress() {
        return hardwareAddress == null ? null : hardwareAddress.clone();
    }

    /** Writes the whole message; only the attributes this message has go out. */
    public int encode(MessageWriter w, int nlType, int nlFlags, int seq) {
        int start = w.beginMessage(nlType, nlFlags, seq);
        info.encode(w);
        if (name != null) {
            w.attrString(LinkAttr.IFNAME, name);
        }
        if (mtu != ABSENT) {
            w.attrU32(LinkAttr.MTU, mtu);
        }
        if (master != ABSENT) {
            w.attrU32(LinkAttr.MASTER, master);
        }
        if (kind != null) {
            int li = w.beginNested(LinkAttr.LINKINFO);
            w.attrChars(LinkAttr.INFO_KIND, kind);
            if (vrfTable != ABSENT) {
                int data = w.beginNested(LinkAttr.INFO_DATA);
                w.attrU32(LinkAttr.VRF_TABLE, vrfTable);
                w.endNested(data);
            }
            w.endNested(li);
        }
        w.endMessage(start);
        return start;
    }

    /** Decodes the payload (ifinfomsg and attributes) between {@code at} and {@code end}. */
    public static LinkMessage decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        IfInfoMsg info = IfInfoMsg.decode(buf, at, end);
        String name = null;
        int mtu = ABSENT;
        int master = ABSENT;
        int link = ABSENT;
        OperState oper = null;
        String kind = null;
        String slaveKind = null;
        int vrfTable = ABSENT;
        byte[] hw = null;
        AttributeReader r = new AttributeReader(buf, at + IfInfoMsg.SIZE, end);
        while (r.next()) {
            switch (r.type()) {
                case LinkAttr.IFNAME -> name = r.string();
                case LinkAttr.MTU -> mtu = r.u32();
                case LinkAttr.MASTER -> master = r.u32();
                case LinkAttr.LINK -> link = r.u32();
                case LinkAttr.OPERSTATE -> oper = OperState.of(r.u8());
                case LinkAttr.ADDRESS -> hw = r.bytes();
                case LinkAttr.LINKINFO -> {
                    AttributeReader li = r.nested();
                    AttributeReader data = null;
                    while (li.next()) {
                        switch (li.type()) {
                            case LinkAttr.INFO_KIND -> kind = li.string();
                            case LinkAttr.INFO_SLAVE_KIND -> slaveKind = li.string();
                            case LinkAttr.INFO_DATA -> data = li.nested();
                            default -> {
                            }
                        }
                    }
                    if (data != null && "vrf".equals(kind)) {
                        while (data.next()) {
                            if (data.type() == LinkAttr.VRF_TABLE) {
                                vrfTable = data.u32();
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new LinkMessage(info, name, mtu, master, link, oper, kind, slaveKind, vrfTable, hw);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkMessage m && m.info.equals(info) && Objects.equals(m.name, name) && m.mtu == mtu
                && m.master == master && m.link == link && m.operState == operState && Objects.equals(m.kind, kind)
                && Objects.equals(m.slaveKind, slaveKind) && m.vrfTable == vrfTable
                && Arrays.equals(m.hardwareAddress, hardwareAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, name, mtu, master, kind, vrfTable);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LinkMessage[").append(info.index()).append(": ").append(name)
                .append(" <").append(LinkFlags.format(info.flags())).append('>');
        if (mtu != ABSENT) {
            sb.append(" mtu ").append(mtu);
        }
        if (master != ABSENT) {
            sb.append(" master ").append(master);
        }
        if (operState != null) {
            sb.append(" state ").append(operState);
        }
        if (kind != null) {
            sb.append(" kind ").append(kind);
        }
        if (vrfTable != ABSENT) {
            sb.append(" table ").append(Integer.toUnsignedString(vrfTable));
        }
        if (hardwareAddress != null) {
            sb.append(" link/").append(HexFormat.ofDelimiter(":").formatHex(hardwareAddress));
        }
        return sb.append(']').toString();
    }
}
