package dev.ferry.ospfd.runtime;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.core.route.AreaInput;
import dev.ferry.ospfd.core.route.OspfRoute;
import dev.ferry.ospfd.core.route.PathType;
import dev.ferry.ospfd.core.route.RouteCalculator;
import dev.ferry.ospfd.core.route.RouterRoute;
import dev.ferry.ospfd.core.route.RoutingTable;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfCalculator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * `show ip ospf route` on PE1, computed from the database FRR flooded, against the OSPF routes FRR put in PE1's
 * RIB (frr-reference/out/PE1/show_ip_route.txt: same prefixes, costs and nexthops; "is directly connected" is
 * ospfd's "directly attached to"). No `show ip ospf route` was recorded; the layout is FRR 8.4's
 * show_ip_ospf_route_network.
 */
class ShowRoutesTest {
    private static final Pattern OSPF_LINE = Pattern.compile(
            "^O[>* ]*\\s+(\\S+) \\[110/(\\d+)] (?:via ([^,\\s]+), ([^,\\s]+)|is directly connected, ([^,\\s]+))");

    /** PE1's links: eth0 10.1.1.2/24 and lo 1.1.1.1/32 (its running-config). */
    private static final ShowRoutes.Naming PE1 = new ShowRoutes.Naming() {
        @Override
        public String ifname(int interfaceAddress) {
            return interfaceAddress == parse("10.1.1.2") ? "eth0" : interfaceAddress == parse("1.1.1.1") ? "lo"
                    : null;
        }

        @Override
        public String attached(IpPrefix prefix) {
            return ShowRecordings.sameSubnet(parse("10.1.1.2"), 24, prefix) ? "eth0"
                    : ShowRecordings.sameSubnet(parse("1.1.1.1"), 32, prefix) ? "lo" : null;
        }

        @Override
        public long tag(OspfRoute route) {
            return 0;
        }
    };

    /** The network table FRR's RIB implies: one row and its nexthop line per OSPF route. */
    private static String expectedNetworkTable() {
        Map<IpPrefix, String> rows = new java.util.TreeMap<>(ShowRoutes.TABLE_ORDER);
        for (String line : ShowRecordings.frr("PE1/show_ip_route.txt").split("\n")) {
            Matcher m = OSPF_LINE.matcher(line);
            if (m.find()) {
                String hop = m.group(3) != null ? "via " + m.group(3) + ", " + m.group(4)
                        : "directly attached to " + m.group(5);
                rows.put(IpPrefix.parse(m.group(1)), String.format("N    %-18s    [%s] area: 0.0.0.0\n%27s%s\n",
                        m.group(1), m.group(2), "", hop));
            }
        }
        return "============ OSPF network routing table ============\n" + String.join("", rows.values()) + "\n";
    }

    @Test
    void pe1NetworkTableMatchesFrrsRoutes() {
        Lsdb lsdb = ShowRecordings.lsdb();
        int self = parse("1.1.1.1");
        AreaInput backbone = new AreaInput(AreaId.parse("0.0.0.0"), SpfCalculator.calculate(lsdb, self), lsdb.all(),
                false);
        RoutingTable table = RouteCalculator.calculate(self, false, List.of(backbone), List.of());
        String text = ShowRoutes.text(ShowRoutes.of(table, PE1));
        assertEquals(5, expectedNetworkTable().split("\n").length / 2, "PE1 has five OSPF routes");
        assertEquals(expectedNetworkTable()
                + "============ OSPF router routing table =============\n\n"
                + "============ OSPF external routing table ===========\n\n\n", text);
    }

    @Test
    void routerAndExternalTablesAndJson() {
        AreaId area0 = AreaId.parse("0.0.0.0");
        AreaId area1 = AreaId.parse("0.0.0.1");
        byte[] gw = {10, 1, 1, (byte) 254};
        Set<NextHop> viaPr = Set.of(new NextHop(parse("10.1.1.2"), gw));
        Map<IpPrefix, OspfRoute> networks = new LinkedHashMap<>();
        networks.put(IpPrefix.parse("172.16.0.0/24"), new OspfRoute(IpPrefix.parse("172.16.0.0/24"),
                PathType.INTER_AREA, 20, 0, area0, viaPr, false));
        networks.put(IpPrefix.parse("0.0.0.0/0"), new OspfRoute(IpPrefix.parse("0.0.0.0/0"), PathType.EXTERNAL_2, 10,
                1, area0, viaPr, false));
        networks.put(IpPrefix.parse("192.168.0.0/16"), new OspfRoute(IpPrefix.parse("192.168.0.0/16"),
                PathType.EXTERNAL_1, 30, 0, area0, viaPr, false));
        Map<Integer, List<RouterRoute>> routers = new LinkedHashMap<>();
        routers.put(parse("10.0.255.4"), List.of(new RouterRoute(parse("10.0.255.4"), 20, area0, false, true, viaPr,
                PathType.INTER_AREA)));
        routers.put(parse("10.0.255.3"), List.of(new RouterRoute(parse("10.0.255.3"), 10, area0, true, true, viaPr,
                PathType.INTRA_AREA), new RouterRoute(parse("10.0.255.3"), 15, area1, true, true, viaPr,
                PathType.INTRA_AREA)));
        ShowRoutes.Tables t = ShowRoutes.of(new RoutingTable(networks, routers), PE1);
        String text = ShowRoutes.text(t);
        assertTrue(text.contains("N IA 172.16.0.0/24         [20] area: 0.0.0.0\n"
                + "                           via 10.1.1.254, eth0\n"), text);
        assertTrue(text.contains("============ OSPF router routing table =============\n"
                + "R    10.0.255.3            [10] area: 0.0.0.0, ABR, ASBR\n"
                + "                           via 10.1.1.254, eth0\n"
                + "                           [15] area: 0.0.0.1, ABR, ASBR\n"
                + "                           via 10.1.1.254, eth0\n"
                + "R    10.0.255.4         IA [20] area: 0.0.0.0, ASBR\n"
                + "                           via 10.1.1.254, eth0\n\n"), text);
        assertTrue(text.endsWith("============ OSPF external routing table ===========\n"
                + "N E2 0.0.0.0/0             [10/1] tag: 0\n"
                + "                           via 10.1.1.254, eth0\n"
                + "N E1 192.168.0.0/16        [30] tag: 0\n"
                + "                           via 10.1.1.254, eth0\n\n\n"), text);
        ShowCompactJson w = new ShowCompactJson().beginObject();
        ShowRoutes.json(w, t);
        String json = w.endObject().toString();
        assertTrue(json.startsWith("{ \"172.16.0.0\\/24\": { \"routeType\": \"N IA\", \"cost\": 20, "
                + "\"area\": \"0.0.0.0\", \"nexthops\": [ { \"ip\": \"10.1.1.254\", \"via\": \"eth0\" } ] }, "
                + "\"10.0.255.3\": { \"routeType\": \"R \", \"cost\": 15, \"area\": \"0.0.0.1\", "
                + "\"routerType\": \"abr\", "), json);
        assertTrue(json.contains("\"0.0.0.0\\/0\": { \"routeType\": \"N E2\", \"cost\": 10, \"type2cost\": 1, "
                + "\"tag\": 0, \"nexthops\": "), json);
    }

    @Test
    void noCalculationYet() {
        assertEquals("No OSPF routing information exist\n", ShowRoutes.text(ShowRoutes.of(null, PE1)));
    }
}
