package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.lib.net.InterfaceNames;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.Comparator;
import java.util.List;

/**
 * `show ipv6 ospf6 interface [IFNAME] [json]`, as FRR 8.4's ospf6_interface.c prints it (ospf6_interface_show,
 * show_ospf6_interface_common). All interfaces are listed in FRR's name order (FOR_ALL_INTERFACES walks the VRF's
 * name tree, if_cmp_name_func).
 */
public final class ShowOspf6Interfaces {
    private static final Comparator<Ospf6InterfaceView> NAME_ORDER =
            Comparator.comparing(Ospf6InterfaceView::name, InterfaceNames.ORDER);

    private ShowOspf6Interfaces() {
    }

    /** `show ipv6 ospf6 interface [json]`: every interface of the VRF. */
    public static String all(List<Ospf6InterfaceView> interfaces, boolean json) {
        List<Ospf6InterfaceView> sorted = interfaces.stream().sorted(NAME_ORDER).toList();
        if (json) {
            JsonWriter w = new JsonWriter().beginObject();
            sorted.forEach(i -> json(w.name(i.name()), i));
            return Ospf6Json.vtyJson(w.endObject());
        }
        StringBuilder sb = new StringBuilder();
        sorted.forEach(i -> text(sb, i));
        return sb.toString();
    }

    /**
     * `show ipv6 ospf6 interface IFNAME [json]`; {@code view} null when the VRF has no such interface, which FRR
     * answers with "No such Interface: eth9" (CMD_WARNING) or {"noSuchInterface":"eth9"}.
     */
    public static String one(String name, Ospf6InterfaceView view, boolean json) {
        if (json) {
            JsonWriter w = new JsonWriter().beginObject();
            if (view == null) {
                w.field("noSuchInterface", name);
            } else {
                json(w.name(view.name()), view);
            }
            return Ospf6Json.vtyJson(w.endObject());
        }
        if (view == null) {
            return "No such Interface: " + name + "\n";
        }
        StringBuilder sb = new StringBuilder();
        text(sb, view);
        return sb.toString();
    }

    /** ospf6_iftype_str. */
    static String typeName(InterfaceKind kind) {
        return switch (kind) {
            case LOOPBACK -> "LOOPBACK";
            case BROADCAST -> "BROADCAST";
            case POINT_TO_POINT -> "POINTOPOINT";
            default -> "UNKNOWN";
        };
    }

    private static void text(StringBuilder sb, Ospf6InterfaceView i) {
        sb.append(String.format("%s is %s, type %s\n", i.name(), i.up() ? "up" : "down", typeName(i.linkType())));
        sb.append(String.format("  Interface ID: %d\n", i.ifindex()));
        Ospf6InterfaceView.Ospf6 o = i.ospf();
        if (o == null) {
            sb.append("   OSPF not enabled on this interface\n");
            return;
        }
        if (i.up() && o.type() != i.linkType()) {
            sb.append("  Operating as type ").append(typeName(o.type())).append('\n');
        }
        sb.append("  Internet Address:\n");
        for (IpPrefix p : o.addresses()) {
            sb.append(p.isIpv4() ? "    inet : " : "    inet6: ").append(p).append('\n');
        }
        if (o.area() != null) {
            sb.append(String.format("  Instance ID %d, Interface MTU %d (autodetect: %d)\n", o.instanceId(), o.mtu(),
                    o.linkMtu()));
            sb.append("  MTU mismatch detection: ").append(o.mtuIgnore() ? "disabled" : "enabled").append('\n');
            sb.append(String.format("  Area ID %s, Cost %s\n", dotted(o), Integer.toUnsignedString(o.cost())));
        } else {
            sb.append("  Not Attached to Area\n");
        }
        sb.append(String.format("  State %s, Transmit Delay %d sec, Priority %d\n", o.state().frr6Name(),
                o.transmitDelay(), o.priority()));
        sb.append("  Timer intervals configured:\n");
        sb.append(String.format("   Hello %d(%s), Dead %d, Retransmit %d\n", o.helloInterval(),
                Ospf6Times.decimalSeconds(o.helloDueMillis()), o.deadInterval(),
                o.retransmitInterval()));
        sb.append(String.format("  DR: %s BDR: %s\n", RouterIds.format(o.dr()), RouterIds.format(o.bdr())));
        sb.append(String.format("  Number of I/F scoped LSAs is %d\n", o.linkScopedLsaCount()));
        ShowOspf6Neighbors.pending(sb, "LSUpdate", o.lsUpdatePending());
        ShowOspf6Neighbors.pending(sb, "LSAck", o.lsAckPending());
        if (o.bfd() != null) {
            sb.append(String.format("  BFD: Detect Multiplier: %d, Min Rx interval: %d, Min Tx interval: %d\n",
                    o.bfd().detectMultiplier(), o.bfd().minRx(), o.bfd().minTx()));
        }
        Ospf6InterfaceView.AuthTrailer auth = o.auth();
        switch (auth.mode()) {
            case DISABLED -> sb.append("  Authentication Trailer is disabled\n");
            case KEYCHAIN, MANUAL_KEY -> {
                sb.append(auth.mode() == Ospf6InterfaceView.AuthTrailer.Mode.KEYCHAIN
                        ? "  Authentication Trailer is enabled with key-chain " + auth.keychain() + "\n"
                        : "  Authentication trailer is enabled with manual key\n");
                sb.append(String.format("    Packet drop Tx %s, Packet drop Rx %s\n",
                        Integer.toUnsignedString(auth.txDrops()), Integer.toUnsignedString(auth.rxDrops())));
            }
        }
    }

    private static void json(JsonWriter w, Ospf6InterfaceView i) {
        w.beginObject().field("status", i.up() ? "up" : "down").field("type", typeName(i.linkType()))
                .field("interfaceId", i.ifindex());
        Ospf6InterfaceView.Ospf6 o = i.ospf();
        if (o == null) {
            w.endObject();
            return;
        }
        if (i.up() && o.type() != i.linkType()) {
            w.field("operatingAsType", typeName(o.type()));
        }
        w.name("internetAddress").beginArray();
        for (IpPrefix p : o.addresses()) {
            w.beginObject().field("type", p.isIpv4() ? "inet" : "inet6").field("address", p.toString()).endObject();
        }
        w.endArray();
        if (o.area() != null) {
            w.field("attachedToArea", true).field("instanceId", o.instanceId()).field("interfaceMtu", o.mtu())
                    .field("autoDetect", o.linkMtu()).field("mtuMismatchDetection", o.mtuIgnore() ? "disabled"
                            : "enabled").field("areaId", dotted(o)).field("cost", Integer.toUnsignedLong(o.cost()));
        } else {
            w.field("attachedToArea", false);
        }
        w.field("ospf6InterfaceState", o.state().frr6Name()).field("transmitDelaySec", o.transmitDelay())
                .field("priority", o.priority()).field("timerIntervalsConfigHello", o.helloInterval())
                .field("timerIntervalsConfigDead", o.deadInterval())
                .field("timerIntervalsConfigRetransmit", o.retransmitInterval())
                .field("dr", RouterIds.format(o.dr())).field("bdr", RouterIds.format(o.bdr()))
                .field("numberOfInterfaceScopedLsa", o.linkScopedLsaCount());
        ShowOspf6Neighbors.pendingJson(w, "LsUpdate", "lsUpdateSendThread", o.lsUpdatePending());
        ShowOspf6Neighbors.pendingJson(w, "LsAck", "lsAckSendThread", o.lsAckPending());
        if (o.bfd() != null) {
            w.name("peerBfdInfo").beginObject().field("detectMultiplier", o.bfd().detectMultiplier())
                    .field("rxMinInterval", o.bfd().minRx()).field("txMinInterval", o.bfd().minTx()).endObject();
        }
        Ospf6InterfaceView.AuthTrailer auth = o.auth();
        w.name("authInfo").beginObject();
        switch (auth.mode()) {
            case DISABLED -> w.field("authType", "NULL");
            case KEYCHAIN, MANUAL_KEY -> {
                if (auth.mode() == Ospf6InterfaceView.AuthTrailer.Mode.KEYCHAIN) {
                    w.field("authType", "keychain").field("keychainName", auth.keychain());
                } else {
                    w.field("authType", "manualkey");
                }
                w.field("txPktDrop", Integer.toUnsignedLong(auth.txDrops()))
                        .field("rxPktDrop", Integer.toUnsignedLong(auth.rxDrops()));
            }
        }
        w.endObject().endObject();
    }

    /** The area as inet_ntop prints oi->area->area_id, whatever form the configuration used. */
    private static String dotted(Ospf6InterfaceView.Ospf6 o) {
        return RouterIds.format((int) o.area().value());
    }
}
