package dev.ferry.ospfd.core.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteDiffTest {
    private static final AreaId AREA = AreaId.parse("0");

    private static OspfRoute route(String prefix, int cost, int gatewayLastByte) {
        return new OspfRoute(IpPrefix.parse(prefix), PathType.INTRA_AREA, cost, 0, AREA,
                Set.of(new NextHop(1, new byte[] {10, 0, 0, (byte) gatewayLastByte})), false);
    }

    @Test
    void reportsAddedChangedAndRemovedPrefixesOnly() {
        Map<IpPrefix, OspfRoute> old = Map.of(
                IpPrefix.parse("10.1.0.0/16"), route("10.1.0.0/16", 10, 2),
                IpPrefix.parse("10.2.0.0/16"), route("10.2.0.0/16", 10, 2),
                IpPrefix.parse("10.3.0.0/16"), route("10.3.0.0/16", 10, 2),
                IpPrefix.parse("10.4.0.0/16"), route("10.4.0.0/16", 10, 2));
        Map<IpPrefix, OspfRoute> now = Map.of(
                IpPrefix.parse("10.1.0.0/16"), route("10.1.0.0/16", 10, 2),
                IpPrefix.parse("10.2.0.0/16"), route("10.2.0.0/16", 10, 3),
                IpPrefix.parse("10.3.0.0/16"), route("10.3.0.0/16", 20, 2),
                IpPrefix.parse("10.5.0.0/16"), route("10.5.0.0/16", 10, 2));
        RouteDiff.Diff d = RouteDiff.diff(old, now);
        assertEquals(Map.of(
                IpPrefix.parse("10.2.0.0/16"), route("10.2.0.0/16", 10, 3),
                IpPrefix.parse("10.3.0.0/16"), route("10.3.0.0/16", 20, 2),
                IpPrefix.parse("10.5.0.0/16"), route("10.5.0.0/16", 10, 2)), d.addedOrChanged());
        assertEquals(Set.of(IpPrefix.parse("10.4.0.0/16")), d.removed());
        assertTrue(RouteDiff.diff(now, Map.copyOf(now)).isEmpty());
    }
}
