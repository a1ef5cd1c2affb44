package dev.ferry.bgpd.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import org.junit.jupiter.api.Test;

/**
 * A route-map's result shares the next hop bytes of the path it started from (a full table through an inbound
 * route-map keeps one array per UPDATE, not one per route) unless a set changed the next hop, which leaves the
 * original path as it was.
 */
class BgpPolicyRouteTest {
    private static final PathSource PEER = new PathSource(PathSource.Kind.EBGP, IpAddresses.parse("10.0.0.1"),
            Ipv4Addresses.parse("10.0.0.1"), 65001);
    private final BgpPath path = new BgpPath(PEER, PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse("65001")),
            IpAddresses.parse("10.0.0.1"), 0, LocalOrigin.NONE, 1, 0);

    @Test
    void aResultSharesTheNextHopItDidNotSet() {
        BgpPolicyRoute route = new BgpPolicyRoute(IpPrefix.parse("10.9.0.0/24"), path);
        route.localPreference(200);
        BgpPath result = route.result();
        assertSame(path.nextHopBytes(), result.nextHopBytes());
        assertEquals(200, result.localPref());
    }

    @Test
    void aSetNextHopIsTheResultsOwn() {
        BgpPolicyRoute route = new BgpPolicyRoute(IpPrefix.parse("10.9.0.0/24"), path);
        byte[] set = IpAddresses.parse("10.0.0.9");
        route.nextHop(set);
        set[3] = 7;
        assertArrayEquals(IpAddresses.parse("10.0.0.9"), route.result().nextHopBytes());
        assertArrayEquals(IpAddresses.parse("10.0.0.1"), path.nextHopBytes());
    }
}
