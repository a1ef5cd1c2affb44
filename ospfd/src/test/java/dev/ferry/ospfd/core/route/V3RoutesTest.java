package dev.ferry.ospfd.core.route;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.ExternalLsaV3;
import dev.ferry.ospfd.lsa.InterAreaPrefixLsa;
import dev.ferry.ospfd.lsa.InterAreaRouterLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfResult;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The same stages over OSPFv3's Inter-Area-Prefix/Router and AS-External LSAs (RFC 5340 4.8.2-4.8.4). */
class V3RoutesTest {
    private static final int ABR = parse("2.2.2.2");
    private static final int ASBR = parse("9.9.9.9");
    private static final NextHop VIA_ABR = new NextHop(2, IpAddresses.parse("fe80::2"));
    private static final AreaId AREA = AreaId.parse("0.0.0.1");

    private static Lsa lsa(int type, int id, int adv, LsaBody body) {
        return Lsa.build(new LsaHeader(OspfVersion.V3, 0, 0, type, id, adv, LsaHeader.INITIAL_SEQUENCE, 0, 0), body);
    }

    private static Ospf6Prefix prefix(String text, int options) {
        return Ospf6Prefix.of(IpPrefix.parse(text), options, 0);
    }

    @Test
    void interAreaPrefixesAndExternalsThroughAnAbr() {
        SpfResult intra = new SpfResult(
                Map.of(ABR, new SpfResult.RouterPath(ABR, 10, Set.of(VIA_ABR), RouterLsaV3.FLAG_B)), Map.of());
        List<Lsa> areaLsas = List.of(
                lsa(LsaTypes.V3_INTER_AREA_PREFIX, 1, ABR, new InterAreaPrefixLsa(5, prefix("2001:db8:5::/48", 0))),
                lsa(LsaTypes.V3_INTER_AREA_PREFIX, 2, ABR,
                        new InterAreaPrefixLsa(5, prefix("2001:db8:6::/48", Ospf6Prefix.NU))),
                lsa(LsaTypes.V3_INTER_AREA_ROUTER, 3, ABR, new InterAreaRouterLsa(0x13, 3, ASBR)));
        List<Lsa> externals = List.of(lsa(LsaTypes.V3_AS_EXTERNAL, 1, ASBR,
                new ExternalLsaV3(ExternalLsaV3.FLAG_E, 20, prefix("2001:db8:99::/48", 0), null, 0, 0)));
        RoutingTable t = RouteCalculator.calculate(parse("1.1.1.1"), false,
                List.of(new AreaInput(AREA, intra, areaLsas, false)), externals);

        assertEquals(new OspfRoute(IpPrefix.parse("2001:db8:5::/48"), PathType.INTER_AREA, 15, 0, AREA,
                Set.of(VIA_ABR), false), t.networks().get(IpPrefix.parse("2001:db8:5::/48")));
        assertFalse(t.networks().containsKey(IpPrefix.parse("2001:db8:6::/48")), "NU prefixes are not routed");
        assertEquals(new OspfRoute(IpPrefix.parse("2001:db8:99::/48"), PathType.EXTERNAL_2, 13, 20, AREA,
                Set.of(VIA_ABR), false), t.networks().get(IpPrefix.parse("2001:db8:99::/48")));
        assertEquals(List.of(new RouterRoute(ASBR, 13, AREA, false, true, Set.of(VIA_ABR), PathType.INTER_AREA)),
                t.routers().get(ASBR));
    }
}
