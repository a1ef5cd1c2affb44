package dev.ferry.ospfd.core.route;

import static dev.ferry.ospfd.wire.RouterIds.parse;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.InMemoryLsdb;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfCalculator;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.Arrays;
import java.util.List;

/** Hand-built OSPFv2 LSAs and areas for the routing table tests (addresses as dotted strings). */
final class V2Lsas {
    private V2Lsas() {
    }

    private static LsaHeader header(int age, int type, String id, String adv) {
        return new LsaHeader(OspfVersion.V2, age, 0x02, type, parse(id), parse(adv), LsaHeader.INITIAL_SEQUENCE, 0, 0);
    }

    static RouterLsaV2.Link p2p(String neighbor, String ownAddress, int metric) {
        return new RouterLsaV2.Link(parse(neighbor), parse(ownAddress), RouterLsaV2.POINT_TO_POINT, metric);
    }

    static RouterLsaV2.Link stub(String network, String mask, int metric) {
        return new RouterLsaV2.Link(parse(network), parse(mask), RouterLsaV2.STUB, metric);
    }

    static RouterLsaV2.Link transit(String dr, String ownAddress, int metric) {
        return new RouterLsaV2.Link(parse(dr), parse(ownAddress), RouterLsaV2.TRANSIT, metric);
    }

    static Lsa router(String id, int flags, RouterLsaV2.Link... links) {
        return Lsa.build(header(0, LsaTypes.V2_ROUTER, id, id), new RouterLsaV2(flags, List.of(links)));
    }

    static Lsa network(String drAddress, String dr, String mask, String... attached) {
        return Lsa.build(header(0, LsaTypes.V2_NETWORK, drAddress, dr),
                new NetworkLsaV2(parse(mask), Arrays.stream(attached).map(a -> parse(a)).toList()));
    }

    static Lsa summary(String network, String mask, String abr, int metric) {
        return summary(0, network, mask, abr, metric);
    }

    static Lsa summary(int age, String network, String mask, String abr, int metric) {
        return Lsa.build(header(age, LsaTypes.V2_SUMMARY, network, abr), new SummaryLsaV2(parse(mask), metric));
    }

    static Lsa asbrSummary(String asbr, String abr, int metric) {
        return Lsa.build(header(0, LsaTypes.V2_ASBR_SUMMARY, asbr, abr), new SummaryLsaV2(0, metric));
    }

    static Lsa external(String network, String mask, String asbr, boolean type2, int metric, String forwarding) {
        return external(0, network, mask, asbr, type2, metric, forwarding);
    }

    static Lsa external(int age, String network, String mask, String asbr, boolean type2, int metric,
                        String forwarding) {
        return Lsa.build(header(age, LsaTypes.V2_AS_EXTERNAL, network, asbr), new ExternalLsaV2(parse(mask),
                List.of(new ExternalLsaV2.Route(type2, 0, metric, parse(forwarding), 0))));
    }

    /** An area input with SPF run from {@code self} over {@code lsas}. */
    static AreaInput area(String area, boolean stub, String self, Lsa... lsas) {
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V2);
        for (Lsa lsa : lsas) {
            lsdb.put(lsa);
        }
        return new AreaInput(AreaId.parse(area), SpfCalculator.calculate(lsdb, parse(self)), lsdb.all(), stub);
    }

    static NextHop via(String ownInterface, String gateway) {
        return new NextHop(parse(ownInterface), gateway == null ? null : IpAddresses.parse(gateway));
    }
}
