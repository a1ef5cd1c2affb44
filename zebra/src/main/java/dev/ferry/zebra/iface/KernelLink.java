package dev.ferry.zebra.iface;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.LinkFlags;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.lib.netlink.codec.OperState;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One kernel interface as zebra tracks it (FRR's struct interface + zebra_if): what the last RTM_NEWLINK
 * said, its addresses in the order they came, and the link up/down counters `show interface` prints.
 * Touched only on zebra's loop.
 */
final class KernelLink {
    private final int ifindex;
    private String name;
    private int flags;
    private int mtu;
    private int master;
    private int parent;
    private OperState operState;
    private String kind;
    private String slaveKind;
    private int arpType;
    private int vrfTable;
    private String hardwareAddress;
    final List<AddressInfo> addresses = new ArrayList<>();
    int linkUps;
    int linkDowns;
    String lastUp;
    String lastDown;
    /** The MTU the kernel had before `mtu` config changed it (restored by `no mtu`), 0 if untouched. */
    int mtuBeforeConfig;

    KernelLink(int ifindex) {
        this.ifindex = ifindex;
    }

    /** Takes what a RTM_NEWLINK says (the kernel always sends the whole link). */
    void update(LinkMessage l) {
        name = l.name() != null ? l.name() : name;
        flags = l.flags();
        mtu = l.mtu() != LinkMessage.ABSENT ? l.mtu() : mtu;
        master = l.master() == LinkMessage.ABSENT ? 0 : l.master();
        parent = l.link() == LinkMessage.ABSENT ? 0 : l.link(); // a veth's peer index, maybe in another netns
        operState = l.operState();
        kind = l.kind();
        slaveKind = l.slaveKind();
        arpType = l.info().type();
        vrfTable = l.vrfTable();
        hardwareAddress = format(l.hardwareAddress());
    }

    /** FRR drops an all-zero address (lo's): "HWaddr" is then not shown. */
    private static String format(byte[] hw) {
        if (hw == null) {
            return null;
        }
        for (byte b : hw) {
            if (b != 0) {
                return HexFormat.ofDelimiter(":").formatHex(hw);
            }
        }
        return null;
    }

    int ifindex() {
        return ifindex;
    }

    String name() {
        return name;
    }

    int flags() {
        return flags;
    }

    int mtu() {
        return mtu;
    }

    int master() {
        return master;
    }

    /** IFLA_LINK: the peer / lower device's index, 0 for none. */
    int parent() {
        return parent;
    }

    OperState operState() {
        return operState;
    }

    String kind() {
        return kind;
    }

    String slaveKind() {
        return slaveKind;
    }

    /** ifi_type, ARPHRD_*. */
    int arpType() {
        return arpType;
    }

    int vrfTable() {
        return vrfTable;
    }

    String hardwareAddress() {
        return hardwareAddress;
    }

    boolean isUp() {
        return (flags & LinkFlags.UP) != 0;
    }

    boolean isOperative() {
        return isUp() && (flags & LinkFlags.RUNNING) != 0;
    }

    boolean isVrf() {
        return "vrf".equals(kind);
    }

    AddressInfo address(IpPrefix prefix) {
        for (AddressInfo a : addresses) {
            if (a.prefix().equals(prefix)) {
                return a;
            }
        }
        return null;
    }

    InterfaceInfo info(int vrfId, String vrfName) {
        return new InterfaceInfo(ifindex, name, vrfId, vrfName, flags, mtu, kind, hardwareAddress);
    }
}
