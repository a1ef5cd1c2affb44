package dev.ferry.bgpd.policy;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;

/**
 * The filters and route-maps in running-config, after the router blocks, in FRR 8.4's node order (IPv4
 * prefix-lists, IPv6 prefix-lists, AS-path lists, community-lists, route-maps), each group closed by "!".
 * Within a route-map entry the lines follow FRR's YANG model: description, call, on-match, matches, sets.
 */
public final class PolicyConfigWriter {
    private PolicyConfigWriter() {
    }

    public static void write(Policies policies, ConfigWriter w) {
        writePrefixLists(policies, false, w);
        writePrefixLists(policies, true, w);
        if (!policies.asPathLists().isEmpty()) {
            for (AsPathAccessList list : policies.asPathLists()) {
                for (AsPathAccessList.Entry e : list.entries()) {
                    w.line("bgp as-path access-list " + list.name() + " seq " + e.seq() + " " + e.action().word()
                            + " " + e.regex());
                }
            }
            w.bang();
        }
        if (!policies.communityLists().isEmpty()) {
            for (CommunityList list : policies.communityLists()) {
                String head = "bgp community-list " + (list.numbered() ? "" : "standard ") + list.name();
                for (CommunityList.Entry e : list.entries()) {
                    w.line(head + " seq " + e.seq() + " " + e.action().word() + " " + e.text());
                }
            }
            w.bang();
        }
        for (RouteMap map : policies.routeMaps()) {
            for (RouteMapEntry e : map.entries()) {
                writeEntry(map, e, w);
            }
        }
    }

    private static void writePrefixLists(Policies policies, boolean ipv6, ConfigWriter w) {
        if (policies.prefixLists(ipv6).isEmpty()) {
            return;
        }
        String ip = ipv6 ? "ipv6" : "ip";
        for (PrefixList list : policies.prefixLists(ipv6)) {
            if (list.description() != null) {
                w.line(ip + " prefix-list " + list.name() + " description " + list.description());
            }
            for (PrefixListEntry e : list.entries()) {
                w.line(ip + " prefix-list " + list.name() + " seq " + e.seq() + " " + e.body());
            }
        }
        w.bang();
    }

    private static void writeEntry(RouteMap map, RouteMapEntry e, ConfigWriter w) {
        w.open("route-map " + map.name() + " " + e.action().word() + " " + e.seq());
        if (e.description() != null) {
            w.line("description " + e.description());
        }
        if (e.call() != null) {
            w.line("call " + e.call());
        }
        switch (e.exitPolicy()) {
            case NEXT -> w.line("on-match next");
            case GOTO -> w.line("on-match goto " + e.gotoSeq());
            case EXIT -> { }
        }
        e.matches().forEach(m -> w.line(m.configLine()));
        e.sets().forEach(s -> w.line(s.configLine()));
        w.close(Node.ROUTE_MAP);
    }
}
