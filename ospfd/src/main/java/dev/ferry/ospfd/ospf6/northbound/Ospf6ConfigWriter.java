package dev.ferry.ospfd.ospf6.northbound;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.ospf6.config.Ospf6Instance;
import dev.ferry.ospfd.ospf6.config.Ospf6InterfaceConfig;
import dev.ferry.ospfd.shared.InterfaceBlock;

/**
 * ospf6d's running-config in FRR 8.4's order (ospf6_interface.c / ospf6_top.c): interface blocks, then
 * one `router ospf6` block per instance.
 */
public final class Ospf6ConfigWriter {
    private Ospf6ConfigWriter() {
    }

    /** @param profile the defaults profile, which decides whether log-adjacency-changes is the default */
    public static void write(Ospf6Config config, String profile, ConfigWriter w) {
        for (Ospf6InterfaceConfig iface : config.interfaces()) {
            if (iface.touched()) {
                InterfaceBlock.write(iface, body -> writeInterfaceSettings(iface, body), w);
            }
        }
        for (Ospf6Instance ospf6 : config.instances()) {
            w.open(ospf6.vrf().equals(Ospf6Config.DEFAULT_VRF) ? "router ospf6" : "router ospf6 vrf " + ospf6.vrf());
            if (ospf6.routerId() != null && !ospf6.routerId().equals("0.0.0.0")) {
                w.line("ospf6 router-id " + ospf6.routerId());
            }
            String logging = ospf6.adjacencyLogging().configLine(profile);
            if (logging != null) {
                w.line(logging);
            }
            ospf6.redistributions().forEach((source, how) -> w.line("redistribute " + source.word() + how.options()));
            writeRanges(ospf6, w);
            w.close(Node.ROUTER_OSPF6);
        }
    }

    /** ospf6_area_config_write: "advertise" is the default and not shown; a cost only when advertised. */
    private static void writeRanges(Ospf6Instance ospf6, ConfigWriter w) {
        for (OspfArea area : ospf6.areas()) {
            for (AreaRange r : area.ranges()) {
                w.line("area " + area.id() + " range " + r.prefix() + (!r.advertise() ? " not-advertise"
                        : r.cost() >= 0 ? " cost " + r.cost() : ""));
            }
        }
    }

    private static void writeInterfaceSettings(Ospf6InterfaceConfig i, ConfigWriter body) {
        if (i.area() != null) {
            body.line("ipv6 ospf6 area " + i.area());
        }
        if (i.ifMtu() != 0) {
            body.line("ipv6 ospf6 ifmtu " + i.ifMtu());
        }
        if (i.cost() != null) {
            body.line("ipv6 ospf6 cost " + i.cost());
        }
        if (i.helloInterval() != Ospf6InterfaceConfig.DEFAULT_HELLO) {
            body.line("ipv6 ospf6 hello-interval " + i.helloInterval());
        }
        if (i.deadInterval() != Ospf6InterfaceConfig.DEFAULT_DEAD) {
            body.line("ipv6 ospf6 dead-interval " + i.deadInterval());
        }
        if (i.priority() != Ospf6InterfaceConfig.DEFAULT_PRIORITY) {
            body.line("ipv6 ospf6 priority " + i.priority());
        }
        if (i.passive()) {
            body.line("ipv6 ospf6 passive");
        }
        if (i.mtuIgnore()) {
            body.line("ipv6 ospf6 mtu-ignore");
        }
        if (i.networkType() != null) {
            body.line("ipv6 ospf6 network " + i.networkType().word());
        }
    }
}
