package dev.ferry.staticd.northbound;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.staticd.config.NexthopType;
import dev.ferry.staticd.config.StaticConfig;
import dev.ferry.staticd.config.StaticSid;
import dev.ferry.staticd.config.StaticNexthop;
import dev.ferry.staticd.config.StaticPath;
import dev.ferry.staticd.config.StaticRoute;
import dev.ferry.staticd.config.StaticVrf;

/**
 * staticd's running-config: default-VRF routes as top-level lines, other VRFs' routes inside
 * `vrf NAME` ... `exit-vrf`, one line per nexthop in FRR's field order.
 */
public final class StaticConfigWriter {
    private StaticConfigWriter() {
    }

    public static void write(StaticConfig config, ConfigWriter w) {
        writeRoutes(config, w);
        writeSids(config, w);
    }

    /** The segment-routing tree's static-sids, which vtysh merges with zebra's locators. */
    private static void writeSids(StaticConfig config, ConfigWriter w) {
        if (config.sids().isEmpty()) {
            return;
        }
        w.open("segment-routing").open("srv6").open("static-sids");
        for (StaticSid sid : config.sids()) {
            w.line(sid.line());
        }
        w.close(Node.SRV6_STATIC_SIDS).bang();
        w.close(Node.SRV6).bang();
        w.close(Node.SEGMENT_ROUTING);
    }

    private static void writeRoutes(StaticConfig config, ConfigWriter w) {
        for (StaticVrf vrf : config.vrfs()) {
            if (vrf.isEmpty()) {
                continue;
            }
            boolean isDefault = vrf.name().equals(StaticConfig.DEFAULT_VRF);
            if (!isDefault) {
                w.open("vrf " + vrf.name());
            }
            for (StaticRoute route : vrf.routes()) {
                for (StaticPath path : route.paths()) {
                    for (StaticNexthop nexthop : path.nexthops()) {
                        w.line(line(vrf.name(), route, path, nexthop));
                    }
                }
            }
            if (isDefault) {
                w.bang();
            } else {
                w.close(Node.VRF);
            }
        }
    }

    /** FRR's nexthop_cli_show. */
    static String line(String vrf, StaticRoute route, StaticPath path, StaticNexthop nh) {
        StringBuilder sb = new StringBuilder(route.prefix().isIpv4() ? "ip" : "ipv6");
        sb.append(" route ").append(route.prefix());
        if (nh.type() == NexthopType.BLACKHOLE) {
            sb.append(' ').append(nh.blackhole().word());
        }
        if (nh.gateway() != null) {
            sb.append(' ').append(nh.gateway().addressText());
        }
        if (nh.iface() != null) {
            sb.append(' ').append(nh.iface());
        }
        if (path.tag() != 0) {
            sb.append(" tag ").append(path.tag());
        }
        if (path.distance() != 1) {
            sb.append(' ').append(path.distance());
        }
        if (!nh.labels().isEmpty()) {
            sb.append(" label ").append(String.join("/", nh.labels()));
        }
        if (!nh.vrf().equals(vrf)) {
            sb.append(" nexthop-vrf ").append(nh.vrf());
        }
        if (path.table() != 0) {
            sb.append(" table ").append(path.table());
        }
        if (nh.onlink()) {
            sb.append(" onlink");
        }
        if (nh.color() != 0) {
            sb.append(" color ").append(nh.color());
        }
        if (!nh.segments().isEmpty()) {
            sb.append(" segments ").append(String.join("/", nh.segments()));
        }
        return sb.toString();
    }
}
