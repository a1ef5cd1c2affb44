package dev.ferry.zebra.iface;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.iface.InterfaceListing.Row;
import java.util.function.ToIntFunction;

/** One interface as FRR 8.4's `show interface` prints it (zebra/interface.c if_dump_vty, if_dump_vty_json). */
final class InterfaceDetail {
    private final InterfaceState state;
    private final ToIntFunction<String> speed;

    /**
     * @param speed the link speed in Mbit/s by interface name (ethtool's; 0 when unknown)
     */
    InterfaceDetail(InterfaceState state, ToIntFunction<String> speed) {
        this.state = state;
        this.speed = speed;
    }

    void text(StringBuilder out, Row r) {
        KernelLink k = r.link();
        out.append("Interface ").append(r.name()).append(" is ");
        if (k != null && k.isUp()) {
            out.append("up, line protocol is ").append(k.isOperative() ? "up" : "down").append('\n');
        } else {
            out.append("down\n");
        }
        out.append(String.format("  Link ups:   %5d    last: %s\n", k == null ? 0 : k.linkUps,
                k == null || k.lastUp == null ? "(never)" : k.lastUp));
        out.append(String.format("  Link downs: %5d    last: %s\n", k == null ? 0 : k.linkDowns,
                k == null || k.lastDown == null ? "(never)" : k.lastDown));
        out.append("  vrf: ").append(r.vrf()).append('\n');
        String desc = r.config() != null ? r.config().description() : null;
        if (desc != null) {
            out.append("  Description: ").append(desc).append('\n');
        }
        if (k == null) {
            out.append("  pseudo interface\n");
            return;
        }
        out.append("  index ").append(k.ifindex()).append(" metric 0 mtu ").append(k.mtu()).append(" speed ")
                .append(Integer.toUnsignedString(speed.applyAsInt(k.name()))).append(" \n");
        out.append("  flags: ").append(LinkTypes.flags(k.flags())).append('\n');
        out.append("  Type: ").append(LinkTypes.linkType(k.arpType())).append('\n');
        if (k.hardwareAddress() != null) {
            out.append("  HWaddr: ").append(k.hardwareAddress()).append('\n');
        }
        for (AddressInfo a : Addresses.shown(k.addresses)) {
            out.append("  ").append(a.prefix().isIpv4() ? "inet " : "inet6 ").append(a.prefix());
            if (a.peer() != null) {
                out.append(" peer ").append(a.peer());
            }
            if (a.secondary()) {
                out.append(" secondary");
            }
            if (a.label() != null) {
                out.append(' ').append(a.label());
            }
            out.append('\n');
        }
        out.append("  Interface Type ").append(LinkTypes.interfaceType(k.kind())).append('\n');
        out.append("  Interface Slave Type ").append(LinkTypes.slaveType(k.master(), k.slaveKind())).append('\n');
        out.append("  protodown: off \n");
        if (k.parent() != 0) {
            KernelLink p = state.get(k.parent());
            out.append(p != null ? "  Parent interface: " + p.name() : "  Parent ifindex: " + k.parent())
                    .append('\n');
        }
    }

    void json(JsonWriter w, Row r) {
        KernelLink k = r.link();
        w.name(r.name()).beginObject();
        if (k != null && k.isUp()) {
            w.field("administrativeStatus", "up");
            w.field("operationalStatus", k.isOperative() ? "up" : "down");
            w.field("linkDetection", true);
        } else {
            w.field("administrativeStatus", "down");
        }
        w.field("linkUps", k == null ? 0 : k.linkUps);
        w.field("linkDowns", k == null ? 0 : k.linkDowns);
        if (k != null && k.lastUp != null) {
            w.field("lastLinkUp", k.lastUp);
        }
        if (k != null && k.lastDown != null) {
            w.field("lastLinkDown", k.lastDown);
        }
        w.field("vrfName", r.vrf());
        if (r.config() != null && r.config().description() != null) {
            w.field("description", r.config().description());
        }
        w.field("mplsEnabled", false).field("linkDown", false).field("linkDownV6", false)
                .field("mcForwardingV4", false).field("mcForwardingV6", false);
        if (k == null) {
            w.field("pseudoInterface", true);
            w.endObject();
            return;
        }
        w.field("pseudoInterface", false).field("index", k.ifindex()).field("metric", 0).field("mtu", k.mtu())
                .field("speed", Integer.toUnsignedLong(speed.applyAsInt(k.name())))
                .field("flags", LinkTypes.flags(k.flags())).field("type", LinkTypes.linkType(k.arpType()));
        if (k.hardwareAddress() != null) {
            w.field("hardwareAddress", k.hardwareAddress());
        }
        w.name("ipAddresses").beginArray();
        for (AddressInfo a : Addresses.shown(k.addresses)) {
            w.beginObject().field("address", a.prefix().toString());
            if (a.peer() != null) {
                w.field("peer", a.peer().toString());
            }
            w.field("secondary", a.secondary()).field("unnumbered", false);
            if (a.label() != null) {
                w.field("label", a.label());
            }
            w.endObject();
        }
        w.endArray();
        w.field("interfaceType", LinkTypes.interfaceType(k.kind()))
                .field("interfaceSlaveType", LinkTypes.slaveType(k.master(), k.slaveKind()))
                .field("lacpBypass", false).field("protodown", "off");
        if (k.parent() != 0) {
            KernelLink p = state.get(k.parent());
            if (p != null) {
                w.field("parentInterface", p.name());
            } else {
                w.field("parentIfindex", k.parent());
            }
        }
        w.endObject();
    }
}
