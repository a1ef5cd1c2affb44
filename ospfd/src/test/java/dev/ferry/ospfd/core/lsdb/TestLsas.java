package dev.ferry.ospfd.core.lsdb;

import static dev.ferry.ospfd.wire.RouterIds.parse;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small OSPFv2 LSAs for the database tests. */
final class TestLsas {
    static final int OPTIONS_E = 0x02;

    private TestLsas() {
    }

    /** A Router-LSA of {@code router} with one stub link per metric given. */
    static Lsa routerWithOptions(String router, int age, int sequence, int options, int... stubMetrics) {
        List<RouterLsaV2.Link> links = new ArrayList<>();
        for (int i = 0; i < stubMetrics.length; i++) {
            links.add(new RouterLsaV2.Link(parse("10.0." + i + ".0"), parse("255.255.255.0"), RouterLsaV2.STUB,
                    stubMetrics[i]));
        }
        int id = parse(router);
        return Lsa.build(new LsaHeader(OspfVersion.V2, age, options, LsaTypes.V2_ROUTER, id, id, sequence, 0, 0),
                new RouterLsaV2(0, links));
    }

    static Lsa router(String router, int age, int sequence, int... stubMetrics) {
        return routerWithOptions(router, age, sequence, OPTIONS_E, stubMetrics);
    }

    static Lsa network(String dr, String address, String... attached) {
        return Lsa.build(new LsaHeader(OspfVersion.V2, 1, OPTIONS_E, LsaTypes.V2_NETWORK, parse(address), parse(dr),
                LsaHeader.INITIAL_SEQUENCE, 0, 0), new NetworkLsaV2(parse("255.255.255.0"),
                Arrays.stream(attached).map(a -> parse(a)).toList()));
    }
}
