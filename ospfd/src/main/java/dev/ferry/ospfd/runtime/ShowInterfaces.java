package dev.ferry.ospfd.runtime;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.config.OspfAuthentication;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * `show ip ospf interface [IFNAME] [json]`: one block per OSPF interface, as FRR 8.4's show_ip_ospf_interface_sub
 * prints it. The text is FRR's exactly; Ferry's drop counters appear in the JSON only, under keys starting with
 * "ferry".
 */
final class ShowInterfaces {
    static final int IFF_UP = 0x1;
    static final int IFF_BROADCAST = 0x2;
    static final int IFF_LOOPBACK = 0x8;
    static final int IFF_POINTOPOINT = 0x10;
    static final int IFF_RUNNING = 0x40;
    static final int IFF_MULTICAST = 0x1000;

    /** The kernel's side of an interface: what zebra reports about it. */
    record Port(String name, int ifindex, boolean up, int mtu, long bandwidthMbit, int flags) {
    }

    /** A designated router as FRR finds it among the interface's neighbors (itself included). */
    record Designated(int routerId, int address, int prefixLength) {
    }

    /** One OSPF interface (an address of a port in an area), with the values FRR prints. */
    record View(Port port, int address, int prefixLength, String area, boolean mtuIgnore, int routerId,
            InterfaceKind kind, int cost, int transmitDelay, InterfaceState state, int priority, Designated dr,
            Designated bdr, boolean allRouters, boolean designatedRouters, int hello, int dead, int retransmit,
            boolean passive, long helloDueMillis, int neighbors, int adjacent, OspfAuthentication authentication,
            boolean md5Keys, LinkCounters counters, int virtualPeer) {
        /** An interface that is not a virtual link. */
        View(Port port, int address, int prefixLength, String area, boolean mtuIgnore, int routerId,
                InterfaceKind kind, int cost, int transmitDelay, InterfaceState state, int priority, Designated dr,
                Designated bdr, boolean allRouters, boolean designatedRouters, int hello, int dead, int retransmit,
                boolean passive, long helloDueMillis, int neighbors, int adjacent, OspfAuthentication authentication,
                boolean md5Keys, LinkCounters counters) {
            this(port, address, prefixLength, area, mtuIgnore, routerId, kind, cost, transmitDelay, state, priority,
                    dr, bdr, allRouters, designatedRouters, hello, dead, retransmit, passive, helloDueMillis,
                    neighbors, adjacent, authentication, md5Keys, counters, 0);
        }

        boolean virtual() {
            return kind == InterfaceKind.VIRTUAL_LINK;
        }
    }

    /** FRR's OSPF_VL_MTU: what it shows as a virtual link's MTU. */
    static final int VIRTUAL_LINK_MTU = 1500;

    private ShowInterfaces() {
    }

    /**
     * The port as the link knows it. The kernel's flags and speed are not kept by the runtime, so the flags
     * follow from the network type and the bandwidth is unknown (0) until the service hands the kernel's view.
     */
    static Port port(Link l) {
        if (l.isVirtual()) {
            // FRR's pseudo interface: ifindex 0, no flags but UP while the link is
            boolean up = l.state() != InterfaceState.DOWN;
            return new Port(l.name, 0, up, VIRTUAL_LINK_MTU, 0, up ? IFF_UP : 0);
        }
        int flags = l.kind() == InterfaceKind.LOOPBACK ? IFF_UP | IFF_LOOPBACK | IFF_RUNNING
                : l.kind() == InterfaceKind.POINT_TO_POINT ? IFF_UP | IFF_POINTOPOINT | IFF_RUNNING | IFF_MULTICAST
                : IFF_UP | IFF_BROADCAST | IFF_RUNNING | IFF_MULTICAST;
        return new Port(l.name, l.ifindex, l.state() != InterfaceState.DOWN, l.mtu, 0, flags);
    }

    static View of(Link l, Port port) {
        int neighbors = 0;
        int adjacent = 0;
        for (Neighbor n : l.neighbors()) {
            if (n.state() != NeighborState.DOWN) {
                neighbors++;
            }
            if (n.state() == NeighborState.FULL) {
                adjacent++;
            }
        }
        LinkSettings s = l.settings;
        boolean sends = !s.passive() && l.kind() != InterfaceKind.LOOPBACK && l.state() != InterfaceState.DOWN;
        boolean drouters = sends && l.isDrOrBackup() && l.kind() == InterfaceKind.BROADCAST;
        int cost = l.kind() == InterfaceKind.LOOPBACK ? 0 : l.cost();
        // a virtual link joins no group: its packets are unicast
        return new View(port, l.address, l.prefixLength, l.area.label(), s.mtuIgnore(), l.router.routerId(),
                l.kind(), cost, s.transmitDelay(), l.state(), s.priority(), designated(l, l.dr()),
                designated(l, l.bdr()), sends && !l.isVirtual(), drouters, s.helloInterval(), s.deadInterval(),
                s.retransmitInterval(), s.passive(), l.helloDueMillis(), neighbors, adjacent, s.authentication(),
                !s.md5Keys().isEmpty(), l.counters, l.virtualEnd == null ? 0 : l.virtualEnd.peerAddress());
    }

    /** ospf_nbr_lookup_by_addr over the interface's neighbors, this router's own entry included. */
    private static Designated designated(Link l, int address) {
        if (address == 0) {
            return null;
        }
        if (address == l.address) {
            return new Designated(l.router.routerId(), l.address, l.prefixLength);
        }
        for (Neighbor n : l.neighbors()) {
            if (n.address == address) {
                return new Designated(n.routerId, n.address, l.prefixLength);
            }
        }
        return null;
    }

    /** The links of the router grouped by interface name, as FRR walks its interfaces (by name). */
    static List<Link> ordered(OspfRouter router, String name) {
        List<Link> out = new ArrayList<>();
        for (Link l : router.links()) {
            if (name == null || name.equals(l.name)) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparing((Link l) -> l.name).thenComparing(l -> l.address, Integer::compareUnsigned));
        return out;
    }

    /** The blocks of the views, one heading per port ("eth0 is up" ...), in the given order. */
    static String text(List<View> views) {
        StringBuilder sb = new StringBuilder();
        String lastPort = null;
        for (View v : views) {
            if (!v.port().name().equals(lastPort)) {
                Port p = v.port();
                sb.append(p.name()).append(" is ").append(p.up() ? "up" : "down").append('\n');
                sb.append("  ifindex ").append(p.ifindex()).append(", MTU ").append(p.mtu()).append(" bytes, BW ")
                        .append(p.bandwidthMbit()).append(" Mbit ").append(ShowFormat.interfaceFlags(p.flags()))
                        .append('\n');
                lastPort = p.name();
                if (!p.up()) {
                    sb.append("  OSPF is enabled, but not running on this interface\n");
                    continue;
                }
            }
            block(sb, v);
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, View v) {
        sb.append("  Internet Address ").append(ShowFormat.ip(v.address())).append('/').append(v.prefixLength())
                .append(v.virtual() ? ", Peer " + ShowFormat.ip(v.virtualPeer())
                        : ", Broadcast " + ShowFormat.ip(ShowFormat.broadcast(v.address(), v.prefixLength())))
                .append(", Area ").append(v.area()).append('\n');
        sb.append("  MTU mismatch detection: ").append(v.mtuIgnore() ? "disabled" : "enabled").append('\n');
        sb.append("  Router ID ").append(ShowFormat.ip(v.routerId())).append(", Network Type ")
                .append(ShowFormat.networkType(v.kind())).append(", Cost: ").append(v.cost()).append('\n');
        sb.append("  Transmit Delay is ").append(v.transmitDelay()).append(" sec, State ")
                .append(v.state().frrName()).append(", Priority ").append(v.priority()).append('\n');
        if (v.dr() == null) {
            sb.append("  No backup designated router on this network\n");
        } else {
            sb.append("  Designated Router (ID) ").append(ShowFormat.ip(v.dr().routerId()))
                    .append(" Interface Address ").append(ShowFormat.ip(v.dr().address())).append('/')
                    .append(v.dr().prefixLength()).append('\n');
            if (v.bdr() == null) {
                sb.append("  No backup designated router on this network\n");
            } else {
                sb.append("  Backup Designated Router (ID) ").append(ShowFormat.ip(v.bdr().routerId()))
                        .append(", Interface Address ").append(ShowFormat.ip(v.bdr().address())).append('\n');
            }
        }
        sb.append("  Multicast group memberships:");
        if (v.allRouters() || v.designatedRouters()) {
            sb.append(v.allRouters() ? " OSPFAllRouters" : "").append(v.designatedRouters()
                    ? " OSPFDesignatedRouters" : "");
        } else {
            sb.append(" <None>");
        }
        sb.append('\n');
        sb.append("  Timer intervals configured, Hello ").append(v.hello()).append("s, Dead ").append(v.dead())
                .append("s, Wait ").append(v.dead()).append("s, Retransmit ").append(v.retransmit()).append('\n');
        if (v.passive()) {
            sb.append("    No Hellos (Passive interface)\n");
        } else {
            sb.append("    Hello due in ").append(ShowTimes.duration(v.helloDueMillis())).append('\n');
        }
        sb.append("  Neighbor Count is ").append(v.neighbors()).append(", Adjacent neighbor count is ")
                .append(v.adjacent()).append('\n');
        if (v.authentication() != null) {
            switch (v.authentication()) {
                case NULL -> sb.append("  Authentication NULL is enabled\n");
                case SIMPLE -> sb.append("  Simple password authentication enabled\n");
                case MESSAGE_DIGEST -> {
                    if (v.md5Keys()) {
                        sb.append("  Cryptographic authentication enabled\n  Algorithm:MD5\n");
                    }
                }
            }
        }
    }

    /** The members of one interface's JSON object (FRR's keys, then Ferry's drop counters). */
    static void json(JsonWriter w, View v) {
        Port p = v.port();
        if (p.up()) {
            w.field("ifUp", true);
        } else {
            w.field("ifDown", false);
        }
        w.field("ifIndex", p.ifindex()).field("mtuBytes", p.mtu()).field("bandwidthMbit", p.bandwidthMbit())
                .field("ifFlags", ShowFormat.interfaceFlags(p.flags()));
        if (!p.up()) {
            w.field("ospfRunning", false);
            return;
        }
        w.field("ospfEnabled", true).field("ipAddress", ShowFormat.ip(v.address()))
                .field("ipAddressPrefixlen", v.prefixLength());
        if (v.virtual()) {
            w.field("ospfIfType", "Peer").field("vlinkPeer", ShowFormat.ip(v.virtualPeer()));
        } else {
            w.field("ospfIfType", "Broadcast")
                    .field("localIfUsed", ShowFormat.ip(ShowFormat.broadcast(v.address(), v.prefixLength())));
        }
        w.field("area", v.area());
        if (v.mtuIgnore()) {
            w.field("mtuMismatchDetect", true);
        }
        w.field("routerId", ShowFormat.ip(v.routerId())).field("networkType", ShowFormat.networkType(v.kind()))
                .field("cost", v.cost()).field("transmitDelaySecs", v.transmitDelay())
                .field("state", v.state().frrName()).field("priority", v.priority());
        if (v.dr() != null) {
            w.field("drId", ShowFormat.ip(v.dr().routerId())).field("drAddress", ShowFormat.ip(v.dr().address()));
            if (v.bdr() != null) {
                w.field("bdrId", ShowFormat.ip(v.bdr().routerId()))
                        .field("bdrAddress", ShowFormat.ip(v.bdr().address()));
            }
        }
        if (v.allRouters()) {
            w.field("mcastMemberOspfAllRouters", true);
        }
        if (v.designatedRouters()) {
            w.field("mcastMemberOspfDesignatedRouters", true);
        }
        w.field("timerMsecs", v.hello() * 1000L).field("timerDeadSecs", v.dead()).field("timerWaitSecs", v.dead())
                .field("timerRetransmitSecs", v.retransmit());
        if (v.passive()) {
            w.field("timerPassiveIface", true);
        } else {
            w.field("timerHelloInMsecs", Math.max(0, v.helloDueMillis()));
        }
        w.field("nbrCount", v.neighbors()).field("nbrAdjacentCount", v.adjacent());
        if (v.authentication() != null) {
            switch (v.authentication()) {
                case NULL -> w.field("authentication", "authenticationNone");
                case SIMPLE -> w.field("authentication", "authenticationSimplePassword");
                case MESSAGE_DIGEST -> {
                    if (v.md5Keys()) {
                        w.field("authentication", "authenticationMessageDigest");
                    }
                }
            }
        }
        LinkCounters c = v.counters();
        w.field("ferryHelloMismatches", c.helloMismatches).field("ferryMtuMismatches", c.mtuMismatches)
                .field("ferryAuthenticationFailures", c.authenticationFailures)
                .field("ferryCryptoSequenceDrops", c.cryptoSequenceDrops)
                .field("ferryUnknownNeighbor", c.unknownNeighbor).field("ferryPacketsReceived", c.received)
                .field("ferryPacketsSent", c.sent);
    }
}
