package dev.ferry.ospfd.core.route;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.core.lsdb.LsdbOnFrrDatabaseTest;
import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfCalculator;
import dev.ferry.ospfd.wire.OspfVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The routing table computed from the database FRR 8.4 flooded (the recorded capture, installed in an
 * {@link Lsdb}) against the OSPF routes FRR put in PR's RIB (frr-reference/out/PR/show_ip_route.txt): same
 * prefixes, costs and gateways. No {@code show ip ospf route} was recorded; the RIB's "O" lines carry the same
 * information for this single-area topology.
 */
class RoutesOnFrrDatabaseTest {
    private static final Pattern OSPF_LINE = Pattern.compile(
            "^O[>* ]*\\s+(\\S+) \\[110/(\\d+)] (?:via (\\S+), (\\S+)|is directly connected, (\\S+))");

    /** What FRR shows: the cost and the gateway (null if directly connected) per prefix. */
    private record Shown(int cost, String gateway) {
    }

    private static Map<IpPrefix, Shown> frrOspfRoutes() throws IOException {
        String text;
        try (InputStream in = RoutesOnFrrDatabaseTest.class
                .getResourceAsStream("/frr-reference/out/PR/show_ip_route.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<IpPrefix, Shown> out = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = OSPF_LINE.matcher(line);
            if (m.find()) {
                out.put(IpPrefix.parse(m.group(1)), new Shown(Integer.parseInt(m.group(2)), m.group(3)));
            }
        }
        return out;
    }

    @Test
    void prRoutesAsFrrComputedThem() throws IOException {
        Lsdb lsdb = LsdbOnFrrDatabaseTest.flooded(FrrCaptures.V2, OspfVersion.V2);
        int self = parse("9.9.9.9");
        AreaInput backbone = new AreaInput(AreaId.parse("0.0.0.0"), SpfCalculator.calculate(lsdb, self), lsdb.all(),
                false);
        RoutingTable table = RouteCalculator.calculate(self, false, List.of(backbone), List.of());

        Map<IpPrefix, Shown> computed = new HashMap<>();
        table.networks().forEach((prefix, route) -> {
            String gateway = null;
            for (NextHop nh : route.nextHops()) {
                if (!nh.isDirect()) {
                    gateway = IpAddresses.format(nh.gateway());
                }
            }
            computed.put(prefix, new Shown(route.cost(), gateway));
            assertEquals(PathType.INTRA_AREA, route.type(), prefix.toString());
        });
        Map<IpPrefix, Shown> frr = frrOspfRoutes();
        assertEquals(5, frr.size(), "the reference has PR's five OSPF routes");
        assertEquals(frr, computed);
        assertEquals(Map.of(), table.routers(), "no ABR or ASBR in PR's area");
    }
}
