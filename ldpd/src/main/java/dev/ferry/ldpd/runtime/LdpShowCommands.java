package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.config.LdpInterface;
import dev.ferry.ldpd.discovery.Adjacency;
import dev.ferry.ldpd.label.FecNode;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.MessageType;
import dev.ferry.ldpd.session.SessionState;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.json.JsonWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * `show mpls ldp neighbor [detail]`, `binding [detail]`, `discovery` and `interface`, text and `json`, laid out as FRR 8.4's
 * ldpd prints them (ldp_vty_exec.c). While LDP does not run the text forms print their header only and the JSON
 * forms an empty object, as FRR with no neighbor.
 */
public final class LdpShowCommands {
    private static final String HEAD = "show mpls ldp ";
    private static final String HEAD_HELP = "Show running system information\nMPLS information\n"
            + "Label Distribution Protocol\n";
    private static final String JSON_HELP = "JavaScript Object Notation\n";
    /** Messages in FRR's order of `Messages sent/rcvd`. */
    private static final MessageType[] COUNTED = {MessageType.KEEPALIVE, MessageType.ADDRESS,
        MessageType.ADDRESS_WITHDRAW, MessageType.NOTIFICATION, MessageType.CAPABILITY, MessageType.LABEL_MAPPING,
        MessageType.LABEL_REQUEST, MessageType.LABEL_WITHDRAW, MessageType.LABEL_RELEASE,
        MessageType.LABEL_ABORT_REQUEST};
    private static final String[] COUNTED_TEXT = {"Keepalive", "Address", "Address Withdraw", "Notification",
        "Capability", "Label Mapping", "Label Request", "Label Withdraw", "Label Release", "Label Abort Request"};
    private static final String[] COUNTED_JSON = {"keepalive", "address", "addressWithdraw", "notification",
        "capability", "labelMapping", "labelRequest", "labelWithdraw", "labelRelease", "labelAbortRequest"};

    private LdpShowCommands() {
    }

    public static void install(Cli cli, LdpService service) {
        cli.install(Node.VIEW, HEAD + "neighbor [detail$detail] [json$json]",
                HEAD_HELP + "Neighbor information\nShow detailed information\n" + JSON_HELP, ctx -> {
                    if (ctx.has("detail")) {
                        ctx.print(ctx.has("json") ? neighborDetailJson(service) : neighborDetail(service));
                    } else {
                        ctx.print(ctx.has("json") ? neighborsJson(service) : neighbors(service));
                    }
                });
        cli.install(Node.VIEW, HEAD + "binding [detail$detail] [json$json]",
                HEAD_HELP + "Label Information Base (LIB) information\nShow detailed information\n" + JSON_HELP,
                ctx -> {
                    if (ctx.has("detail")) {
                        ctx.print(ctx.has("json") ? bindingDetailJson(service) : bindingDetail(service));
                    } else {
                        ctx.print(ctx.has("json") ? bindingJson(service) : binding(service));
                    }
                });
        cli.install(Node.VIEW, HEAD + "discovery [json$json]",
                HEAD_HELP + "Discovery Hello Information\n" + JSON_HELP,
                ctx -> ctx.print(ctx.has("json") ? discoveryJson(service) : discovery(service)));
        cli.install(Node.VIEW, HEAD + "interface [json$json]",
                HEAD_HELP + "interface information\n" + JSON_HELP,
                ctx -> ctx.print(ctx.has("json") ? interfacesJson(service) : interfaces(service)));
    }

    // ---- neighbor ----------------------------------------------------------------------------------------

    static String neighbors(LdpService s) {
        StringBuilder sb = new StringBuilder("AF   ID              State       Remote Address    Uptime\n");
        for (Neighbor n : s.neighbors().values()) {
            String addr = Ipv4.format(n.transport);
            sb.append(String.format("%-4s %-15s %-11s %-15s", "ipv4", lsr(n.id()), n.state().frrName(), addr));
            if (addr.length() > 15) {
                sb.append('\n').append(" ".repeat(48));
            }
            sb.append(String.format(" %8s\n", uptime(s, n)));
        }
        return sb.toString();
    }

    static String neighborsJson(LdpService s) {
        JsonWriter w = new JsonWriter().beginObject();
        if (!s.neighbors().isEmpty()) {
            w.name("neighbors").beginArray();
            for (Neighbor n : s.neighbors().values()) {
                w.beginObject().field("addressFamily", "ipv4").field("neighborId", lsr(n.id()))
                        .field("state", n.state().frrName()).field("transportAddress", Ipv4.format(n.transport))
                        .field("upTime", uptime(s, n)).endObject();
            }
            w.endArray();
        }
        return w.endObject().toString();
    }

    static String neighborDetail(LdpService s) {
        StringBuilder sb = new StringBuilder();
        for (Neighbor n : s.neighbors().values()) {
            sb.append("Peer LDP Identifier: ").append(lsr(n.id())).append(":0\n");
            sb.append("  TCP connection: ").append(tcp(n)).append('\n');
            sb.append("  Authentication: none\n");
            sb.append("  Session Holdtime: ").append(n.holdtime).append(" secs; KeepAlive interval: ")
                    .append(n.holdtime / Neighbor.KEEPALIVES_PER_PERIOD).append(" secs\n");
            sb.append("  State: ").append(n.state().frrName()).append("; Downstream-Unsolicited\n");
            sb.append("  Up time: ").append(uptime(s, n)).append('\n');
            sb.append("  Messages sent/rcvd:\n");
            for (int i = 0; i < COUNTED.length; i++) {
                sb.append("   - ").append(COUNTED_TEXT[i]).append(" Messages: ")
                        .append(n.counters.sentCount(COUNTED[i])).append('/')
                        .append(n.counters.receivedCount(COUNTED[i])).append('\n');
            }
            sb.append("  Capabilities Sent:\n   - Dynamic Announcement (0x0506)\n   - Typed Wildcard (0x050B)\n"
                    + "   - Unrecognized Notification (0x0603)\n");
            sb.append("  Capabilities Received:\n");
            if (n.capDynamic) {
                sb.append("   - Dynamic Announcement (0x0506)\n");
            }
            if (n.capTypedWildcard) {
                sb.append("   - Typed Wildcard (0x050B)\n");
            }
            if (n.capUnrecognizedNotification) {
                sb.append("   - Unrecognized Notification (0x0603)\n");
            }
            sb.append("  LDP Discovery Sources:\n");
            var adjacencies = s.discovery().of(n.id());
            if (!adjacencies.isEmpty()) {
                sb.append("    IPv4:\n");
                for (Adjacency a : adjacencies) {
                    sb.append("      Interface: ").append(a.ifname()).append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String neighborDetailJson(LdpService s) {
        JsonWriter w = new JsonWriter().beginObject();
        for (Neighbor n : s.neighbors().values()) {
            var c = n.connection();
            w.name(lsr(n.id())).beginObject().field("peerId", lsr(n.id()))
                    .field("tcpLocalAddress", c == null ? "0.0.0.0" : c.local().getAddress().getHostAddress())
                    .field("tcpLocalPort", c == null ? 0 : c.local().getPort())
                    .field("tcpRemoteAddress", Ipv4.format(n.transport))
                    .field("tcpRemotePort", c == null ? 0 : c.remote().getPort())
                    .field("authentication", "none").field("sessionHoldtime", n.holdtime)
                    .field("keepAliveInterval", n.holdtime / Neighbor.KEEPALIVES_PER_PERIOD)
                    .field("state", n.state().frrName()).field("upTime", uptime(s, n));
            for (boolean sent : new boolean[] {true, false}) {
                w.name(sent ? "sentMessages" : "receivedMessages").beginArray();
                for (int i = 0; i < COUNTED.length; i++) {
                    w.beginObject().field(COUNTED_JSON[i], sent ? n.counters.sentCount(COUNTED[i])
                            : n.counters.receivedCount(COUNTED[i])).endObject();
                }
                w.endArray();
            }
            capabilitiesJson(w, "sentCapabilities", true, true, true);
            capabilitiesJson(w, "receivedCapabilities", n.capDynamic, n.capTypedWildcard,
                    n.capUnrecognizedNotification);
            w.name("discoverySources").beginObject();
            var adjacencies = s.discovery().of(n.id());
            if (!adjacencies.isEmpty()) {
                w.name("ipv4").beginArray();
                for (Adjacency a : adjacencies) {
                    w.value("interface: " + a.ifname());
                }
                w.endArray();
            }
            w.endObject().endObject();
        }
        return w.endObject().toString();
    }

    /** FRR's show_nbr_capabilities_json: one object per capability, in FRR's order. */
    private static void capabilitiesJson(JsonWriter w, String key, boolean dynamic, boolean typedWildcard,
            boolean unrecognizedNotification) {
        w.name(key).beginArray();
        if (dynamic) {
            w.beginObject().field("description", "Dynamic Announcement").field("tlvType", "0x0506").endObject();
        }
        if (typedWildcard) {
            w.beginObject().field("description", "Typed Wildcard").field("tlvType", "0x050B").endObject();
        }
        if (unrecognizedNotification) {
            w.beginObject().field("description", "Unrecognized Notification").field("tlvType", "0x0603")
                    .endObject();
        }
        w.endArray();
    }

    private static String tcp(Neighbor n) {
        var c = n.connection();
        if (c == null) {
            return "0.0.0.0:0 - " + Ipv4.format(n.transport) + ":0";
        }
        return c.local().getAddress().getHostAddress() + ":" + c.local().getPort() + " - "
                + c.remote().getAddress().getHostAddress() + ":" + c.remote().getPort();
    }

    /** Time since the session became operational; 0 otherwise (FRR's nctl.uptime). */
    private static String uptime(LdpService s, Neighbor n) {
        if (n.state() != SessionState.OPERATIONAL) {
            return ShowTime.format(0);
        }
        return ShowTime.format(Duration.between(n.machine().since(), s.clock().instant()).toSeconds());
    }

    // ---- binding -----------------------------------------------------------------------------------------

    /** One line of the LIB: FRR's ctl_rt. */
    private record Row(String prefix, String nexthop, String local, String remote, boolean inUse) {
    }

    private static void rows(LdpService s, java.util.function.Consumer<Row> out) {
        for (FecNode n : s.lib().nodes()) {
            if (n.localLabel() == FecNode.NO_LABEL && n.remoteLabels().isEmpty()) {
                continue;
            }
            String local = label(n.localLabel());
            if (n.remoteLabels().isEmpty()) {
                out.accept(new Row(n.fec().toString(), "0.0.0.0", local, "-", false));
                continue;
            }
            for (Map.Entry<LdpId, Integer> r : n.remoteLabels().entrySet()) {
                out.accept(new Row(n.fec().toString(), lsr(r.getKey()), local, label(r.getValue()),
                        s.lib().isNexthop(n, r.getKey())));
            }
        }
    }

    static String binding(LdpService s) {
        StringBuilder sb = new StringBuilder(
                "AF   Destination          Nexthop         Local Label Remote Label  In Use\n");
        rows(s, r -> {
            sb.append(String.format("%-4s %-20s", "ipv4", r.prefix()));
            if (r.prefix().length() > 20) {
                sb.append('\n').append(" ".repeat(25));
            }
            sb.append(String.format(" %-15s %-11s %-13s %6s\n", r.nexthop(), r.local(), r.remote(),
                    r.inUse() ? "yes" : "no"));
        });
        return sb.append('\n').toString();
    }

    static String bindingJson(LdpService s) {
        JsonWriter w = new JsonWriter().beginObject();
        boolean[] open = {false};
        rows(s, r -> {
            if (!open[0]) {
                w.name("bindings").beginArray();
                open[0] = true;
            }
            w.beginObject().field("addressFamily", "ipv4").field("prefix", r.prefix())
                    .field("neighborId", r.nexthop()).field("localLabel", r.local()).field("remoteLabel", r.remote())
                    .field("inUse", r.inUse() ? 1 : 0).endObject();
        });
        if (open[0]) {
            w.endArray();
        }
        return w.endObject().toString();
    }

    /**
     * `show mpls ldp binding detail`: per FEC (FRR's show_lib_detail_msg), the local label, the peers it was
     * advertised to (the line only when there are some) and the peers' labels with whether each is in use.
     */
    static String bindingDetail(LdpService s) {
        StringBuilder sb = new StringBuilder();
        for (FecNode n : s.lib().nodes()) {
            if (n.localLabel() == FecNode.NO_LABEL && n.remoteLabels().isEmpty()) {
                continue;
            }
            sb.append(n.fec()).append('\n');
            sb.append("        Local binding: label: ").append(label(n.localLabel())).append('\n');
            if (!n.advertisedTo().isEmpty()) {
                sb.append("        Advertised to:\n");
                for (LdpId p : n.advertisedTo()) {
                    sb.append("            ").append(lsr(p)).append(":0\n");
                }
            }
            if (n.remoteLabels().isEmpty()) {
                sb.append("        No remote bindings\n");
            } else {
                sb.append("        Remote bindings:\n");
                for (Map.Entry<LdpId, Integer> r : n.remoteLabels().entrySet()) {
                    sb.append("            ").append(lsr(r.getKey())).append(":0, label ")
                            .append(label(r.getValue())).append(s.lib().isNexthop(n, r.getKey()) ? " (in use)" : "")
                            .append('\n');
                }
            }
        }
        return sb.append('\n').toString();
    }

    /** `show mpls ldp binding detail json`: an object per FEC (FRR's show_lib_detail_msg_json). */
    static String bindingDetailJson(LdpService s) {
        JsonWriter w = new JsonWriter().beginObject();
        for (FecNode n : s.lib().nodes()) {
            if (n.localLabel() == FecNode.NO_LABEL && n.remoteLabels().isEmpty()) {
                continue;
            }
            w.name(n.fec().toString()).beginObject().field("localLabel", label(n.localLabel()));
            w.name("advertisedTo").beginArray();
            for (LdpId p : n.advertisedTo()) {
                w.beginObject().field("neighborId", lsr(p)).endObject();
            }
            w.endArray().name("remoteLabels").beginArray();
            for (Map.Entry<LdpId, Integer> r : n.remoteLabels().entrySet()) {
                w.beginObject().field("neighborId", lsr(r.getKey())).field("label", label(r.getValue()))
                        .field("inUse", s.lib().isNexthop(n, r.getKey()) ? 1 : 0).endObject();
            }
            w.endArray().endObject();
        }
        return w.endObject().toString();
    }

    /** FRR's log_label. */
    static String label(int label) {
        return switch (label) {
            case FecNode.NO_LABEL -> "-";
            case 3 -> "imp-null";
            case 0 -> "exp-null";
            default -> Integer.toString(label);
        };
    }

    // ---- discovery and interfaces ------------------------------------------------------------------------

    static String discovery(LdpService s) {
        StringBuilder sb = new StringBuilder("AF   ID              Type     Source           Holdtime\n");
        for (Adjacency a : s.discovery().all()) {
            sb.append(String.format("%-4s %-15s %-8s %-15s %9d\n", "ipv4", lsr(a.peer()), "Link", a.ifname(),
                    a.holdtime()));
        }
        return sb.append('\n').toString();
    }

    static String discoveryJson(LdpService s) {
        JsonWriter w = new JsonWriter().beginObject();
        if (!s.discovery().all().isEmpty()) {
            w.name("adjacencies").beginArray();
            for (Adjacency a : s.discovery().all()) {
                w.beginObject().field("addressFamily", "ipv4").field("neighborId", lsr(a.peer()))
                        .field("type", "link").field("interface", a.ifname()).field("helloHoldtime", a.holdtime())
                        .endObject();
            }
            w.endArray();
        }
        return w.endObject().toString();
    }

    /** One configured interface as FRR's ctl_iface: ACTIVE with its Hello timers when Hellos go out. */
    private record IfaceRow(String name, String state, String uptime, int interval, int holdtime, int adjacencies) {
    }

    private static void ifaceRows(LdpService s, java.util.function.Consumer<IfaceRow> out) {
        if (!s.running()) {
            return;
        }
        Instant now = s.clock().instant();
        for (LdpInterface li : s.configuredInterfaces()) {
            LdpService.ActiveInterface ai = s.activeInterfaces().get(li.name());
            if (ai == null) {
                out.accept(new IfaceRow(li.name(), "DOWN", "00:00:00", 0, 0, 0));
            } else {
                out.accept(new IfaceRow(li.name(), "ACTIVE",
                        ShowTime.format(Duration.between(ai.since, now).toSeconds()), ai.interval, ai.holdtime,
                        s.discovery().count(li.name())));
            }
        }
    }

    static String interfaces(LdpService s) {
        StringBuilder sb = new StringBuilder("AF   Interface   State  Uptime   Hello Timers  ac\n");
        ifaceRows(s, r -> sb.append(String.format("%-4s %-11s %-6s %-8s %-12s %3d\n", "ipv4", r.name(), r.state(),
                r.uptime(), r.interval() + "/" + r.holdtime(), r.adjacencies())));
        return sb.append('\n').toString();
    }

    static String interfacesJson(LdpService s) {
        JsonWriter w = new JsonWriter().beginObject();
        ifaceRows(s, r -> w.name(r.name() + ": ipv4").beginObject().field("name", r.name())
                .field("addressFamily", "ipv4").field("state", r.state()).field("upTime", r.uptime())
                .field("helloInterval", r.interval()).field("helloHoldtime", r.holdtime())
                .field("adjacencyCount", r.adjacencies()).endObject());
        return w.endObject().toString();
    }

    private static String lsr(LdpId id) {
        return id.lsrId().getHostAddress();
    }
}
