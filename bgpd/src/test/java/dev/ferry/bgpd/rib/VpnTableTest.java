package dev.ferry.bgpd.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The VPN table: one decision per (RD, prefix), RDs in wire order, and no best path through an unreachable PE. */
class VpnTableTest {
    private static final Prefix P = Prefix.parse("10.88.0.0/24");
    private final Set<String> reachable = new HashSet<>();
    private final NexthopView view = new NexthopView() {
        @Override
        public boolean reachable(byte[] address) {
            return reachable.contains(IpAddresses.format(address));
        }

        @Override
        public long metric(byte[] address) {
            return 0;
        }
    };
    private final List<String> changes = new ArrayList<>();
    private final VpnTable table = new VpnTable(view, (rd, p, old, best) -> changes.add(rd + " " + p + " "
            + (best == null ? "-" : best.nextHopText())));
    private final PathSource pe = new PathSource(PathSource.Kind.IBGP, IpAddresses.parse("10.0.0.1"), 1, 65000);

    private BgpPath path(String nh, int label) {
        return new BgpPath(pe, PathAttributes.of(Origin.of(Origin.IGP), AsPath.EMPTY), IpAddresses.parse(nh), 0,
                LocalOrigin.NONE, 1, 0, label);
    }

    @Test
    void samePrefixUnderTwoRdsIsTwoRoutes() {
        reachable.add("10.0.0.1");
        table.update(RouteDistinguisher.parse("2:1"), P, path("10.0.0.1", 16));
        table.update(RouteDistinguisher.parse("1:1"), P, path("10.0.0.1", 17));
        assertEquals(2, table.size());
        assertEquals(List.of(RouteDistinguisher.parse("1:1"), RouteDistinguisher.parse("2:1")), table.rds());
        assertEquals(17, table.get(RouteDistinguisher.parse("1:1"), P).best().label());
        table.withdraw(RouteDistinguisher.parse("1:1"), P, pe);
        assertEquals(List.of(RouteDistinguisher.parse("2:1")), table.rds(), "an empty RD leaves the table");
    }

    @Test
    void unreachableNexthopHasNoBestUntilZebraResolvesIt() {
        RouteDistinguisher rd = RouteDistinguisher.parse("1:200");
        BgpPath p = path("10.0.0.1", 200);
        table.update(rd, P, p);
        assertNull(table.get(rd, P).best(), "the PE is unreachable: nothing to import");
        assertEquals(List.of(), changes);
        reachable.add("10.0.0.1");
        table.nexthopChanged(IpAddresses.parse("10.0.0.1"));
        assertSame(p, table.get(rd, P).best());
        assertEquals(List.of("1:200 10.88.0.0/24 10.0.0.1"), changes);
        assertEquals(1, table.withdrawAll(pe));
        assertEquals(0, table.size());
    }

    @Test
    void aLabelChangeIsANewRoute() {
        reachable.add("10.0.0.1");
        RouteDistinguisher rd = RouteDistinguisher.parse("1:200");
        table.update(rd, P, path("10.0.0.1", 200));
        table.update(rd, P, path("10.0.0.1", 201));
        assertEquals(201, table.get(rd, P).best().label());
        assertEquals(2, changes.size());
    }
}
