package dev.ferry.ospfd.spf;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaComparison;
import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPF over the LSDBs that FRR 8.4 flooded in the recorded captures, compared with the OSPF routes FRR computed
 * from them (frr-reference/out/PR/show_ip_route.txt and F1/show_ipv6_route.txt).
 */
class SpfOnFrrDatabaseTest {

    private static InMemoryLsdb flooded(String capture, OspfVersion version) {
        InMemoryLsdb lsdb = new InMemoryLsdb(version);
        for (FrrCaptures.Captured c : FrrCaptures.ospf(capture)) {
            if (OspfPacketCodec.decode(c.payload()).value().body() instanceof LinkStateUpdate u) {
                for (Lsa lsa : u.lsas()) {
                    Lsa old = lsdb.lookup(lsa.key());
                    if (old == null || LsaComparison.isNewer(lsa.header(), old.header())) {
                        lsdb.put(lsa);
                    }
                }
            }
        }
        return lsdb;
    }

    private static SpfResult.PrefixRoute route(IpPrefix p, int cost, boolean connected, NextHop... nextHops) {
        return new SpfResult.PrefixRoute(p, cost, Set.of(nextHops), connected);
    }

    @Test
    void ospfv2RoutesOfPrAsFrrComputedThem() {
        InMemoryLsdb lsdb = flooded(FrrCaptures.V2, OspfVersion.V2);
        assertEquals(5, lsdb.size());
        SpfResult r = SpfCalculator.calculate(lsdb, parse("9.9.9.9"));
        // O>* 1.1.1.1/32 [110/10] via 10.1.1.2, eth0 ; O>* 2.2.2.2/32 [110/10] via 10.1.2.2, eth1
        // O 9.9.9.9/32 [110/0] lo ; O 10.1.1.0/24 [110/10] eth0 ; O 10.1.2.0/24 [110/10] eth1 (directly connected)
        NextHop eth0 = new NextHop(parse("10.1.1.254"), null);
        NextHop eth1 = new NextHop(parse("10.1.2.254"), null);
        assertEquals(Map.of(
                IpPrefix.parse("1.1.1.1/32"), route(IpPrefix.parse("1.1.1.1/32"), 10, false,
                        new NextHop(parse("10.1.1.254"), IpAddresses.parse("10.1.1.2"))),
                IpPrefix.parse("2.2.2.2/32"), route(IpPrefix.parse("2.2.2.2/32"), 10, false,
                        new NextHop(parse("10.1.2.254"), IpAddresses.parse("10.1.2.2"))),
                IpPrefix.parse("9.9.9.9/32"), route(IpPrefix.parse("9.9.9.9/32"), 0, true),
                IpPrefix.parse("10.1.1.0/24"), route(IpPrefix.parse("10.1.1.0/24"), 10, true, eth0),
                IpPrefix.parse("10.1.2.0/24"), route(IpPrefix.parse("10.1.2.0/24"), 10, true, eth1)),
                r.prefixes());
        assertEquals(Set.of(parse("1.1.1.1"), parse("2.2.2.2")), r.routers().keySet());
        assertEquals(10, r.routers().get(parse("2.2.2.2")).cost());
    }

    @Test
    void ospfv3RoutesOfF1AsFrrComputedThem() {
        InMemoryLsdb lsdb = flooded(FrrCaptures.V3, OspfVersion.V3);
        SpfResult r = SpfCalculator.calculate(lsdb, parse("10.255.0.1"));
        // O 2001:db8:ffff::1/128 [110/10] is directly connected, lo
        // O>* 2001:db8:ffff::2/128 [110/20] via fe80::5c9f:80ff:fea5:91e5, eth0
        assertEquals(Map.of(
                IpPrefix.parse("2001:db8:ffff::1/128"), route(IpPrefix.parse("2001:db8:ffff::1/128"), 10, true),
                IpPrefix.parse("2001:db8:ffff::2/128"), route(IpPrefix.parse("2001:db8:ffff::2/128"), 20, false,
                        new NextHop(2, IpAddresses.parse("fe80::5c9f:80ff:fea5:91e5")))),
                r.prefixes());
        assertEquals(Set.of(parse("10.255.0.2")), r.routers().keySet());
    }
}
