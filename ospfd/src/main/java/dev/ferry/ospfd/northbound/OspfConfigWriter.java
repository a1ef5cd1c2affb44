package dev.ferry.ospfd.northbound;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.OspfInterfaceConfig;
import dev.ferry.ospfd.config.OspfNetwork;
import dev.ferry.ospfd.config.OspfNetworkType;
import dev.ferry.ospfd.config.OspfVirtualLink;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.config.SpfTimers;
import dev.ferry.ospfd.shared.InterfaceBlock;
import java.util.Map;

/**
 * ospfd's running-config in FRR 8.4's order (ospf_vty.c config_write_interface / ospf_config_write_one):
 * interface blocks first, then one `router ospf` block per instance with its settings in fixed order.
 */
public final class OspfConfigWriter {
    private OspfConfigWriter() {
    }

    /** @param profile the defaults profile, which decides whether log-adjacency-changes is the default */
    public static void write(OspfConfig config, String profile, ConfigWriter w) {
        for (OspfInterfaceConfig iface : config.interfaces()) {
            InterfaceBlock.write(iface, body -> writeInterfaceSettings(iface, body), w);
        }
        for (OspfInstance ospf : config.instances()) {
            writeInstance(ospf, profile, w);
        }
    }

    private static void writeInterfaceSettings(OspfInterfaceConfig i, ConfigWriter body) {
        // The interface's own type is taken as broadcast until zebra tells ospfd otherwise.
        if (i.networkType() != null && i.networkType() != OspfNetworkType.BROADCAST) {
            body.line("ip ospf network " + i.networkType().word() + (i.dmvpn() ? " dmvpn" : ""));
        }
        if (i.authentication() != null) {
            body.line("ip ospf authentication" + i.authentication().suffix());
        }
        if (i.authenticationKey() != null) {
            body.line("ip ospf authentication-key " + i.authenticationKey());
        }
        for (Map.Entry<Integer, String> key : i.messageDigestKeys().entrySet()) {
            body.line("ip ospf message-digest-key " + key.getKey() + " md5 " + key.getValue());
        }
        if (i.cost() != null) {
            body.line("ip ospf cost " + i.cost());
        }
        if (i.helloInterval() != OspfInterfaceConfig.DEFAULT_HELLO) {
            body.line("ip ospf hello-interval " + i.helloInterval());
        }
        if (i.deadInterval() != null) {
            body.line("ip ospf dead-interval " + i.deadInterval());
        }
        if (i.priority() != OspfInterfaceConfig.DEFAULT_PRIORITY) {
            body.line("ip ospf priority " + i.priority());
        }
        if (i.area() != null) {
            body.line("ip ospf area " + i.area());
        }
        if (i.mtuIgnore()) {
            body.line("ip ospf mtu-ignore");
        }
        if (i.passive() != null) {
            body.line((i.passive() ? "" : "no ") + "ip ospf passive");
        }
    }

    private static void writeInstance(OspfInstance ospf, String profile, ConfigWriter w) {
        w.open(ospf.vrf().equals(OspfConfig.DEFAULT_VRF) ? "router ospf" : "router ospf vrf " + ospf.vrf());
        if (ospf.routerId() != null && !ospf.routerId().equals("0.0.0.0")) {
            w.line("ospf router-id " + ospf.routerId());
        }
        String logging = ospf.adjacencyLogging().configLine(profile);
        if (logging != null) {
            w.line(logging);
        }
        SpfTimers t = ospf.spfTimers();
        if (!t.equals(SpfTimers.DEFAULT)) {
            w.line("timers throttle spf " + t.delay() + " " + t.hold() + " " + t.maxHold());
        }
        ospf.redistributions().forEach((source, how) -> w.line("redistribute " + source.word() + how.options()));
        if (ospf.passiveByDefault()) {
            w.line("passive-interface default");
        }
        for (OspfNetwork n : ospf.networks()) {
            w.line("network " + n.prefix() + " area " + n.area());
        }
        for (OspfArea area : ospf.areas()) {
            writeArea(area, w);
        }
        for (OspfVirtualLink vl : ospf.virtualLinks()) {
            writeVirtualLink(ospf, vl, w);
        }
        DefaultOriginate origin = ospf.defaultOriginate();
        if (origin != null) {
            w.line("default-information originate" + (origin.always() ? " always" : "") + origin.how().options());
        }
        w.close(Node.ROUTER_OSPF);
    }

    /**
     * FRR's config_write_virtual_link: the link (all four timers on its line once any differs from its default),
     * then its authentication type, simple key and MD5 keys, each on a line of its own.
     */
    private static void writeVirtualLink(OspfInstance ospf, OspfVirtualLink vl, ConfigWriter w) {
        OspfArea area = ospf.findArea(vl.area());
        String head = "area " + (area == null ? vl.area() : area.id()) + " virtual-link " + RouterIds.format(vl.peer());
        if (vl.timersSet()) {
            w.line(head + " hello-interval " + vl.helloInterval() + " retransmit-interval " + vl.retransmitInterval()
                    + " transmit-delay " + vl.transmitDelay() + " dead-interval " + vl.deadInterval());
        } else {
            w.line(head);
        }
        if (vl.authentication() != null) {
            w.line(head + " authentication" + vl.authentication().suffix());
        }
        if (vl.authenticationKey() != null) {
            w.line(head + " authentication-key " + vl.authenticationKey());
        }
        vl.md5Keys().forEach((id, key) -> w.line(head + " message-digest-key " + id + " md5 " + key));
    }

    private static void writeArea(OspfArea area, ConfigWriter w) {
        String id = area.id().toString();
        if (area.stub()) {
            // FRR 8.4 ends "no-summary" with an extra newline; vtysh drops the empty line, so it is left out.
            w.line("area " + id + " stub" + (area.noSummary() ? " no-summary" : ""));
        }
        for (AreaRange r : area.ranges()) {
            StringBuilder sb = new StringBuilder("area " + id + " range " + r.prefix());
            if (r.cost() >= 0) {
                sb.append(" cost ").append(r.cost());
            }
            if (!r.advertise()) {
                sb.append(" not-advertise");
            }
            w.line(sb.toString());
        }
    }
}
