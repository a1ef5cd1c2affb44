package dev.ferry.ospfd.core.origin;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaChecksum;
import dev.ferry.ospfd.lsa.LsaCodec;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planned bodies become valid LSAs: options per area kind, age 0, sequence, and a checksum LsaCodec accepts. */
class SelfLsaTest {

    private static Lsa roundTrip(Lsa lsa) {
        byte[] wire = lsa.wire();
        assertTrue(LsaChecksum.verify(wire, 0, wire.length));
        DecodeResult<Lsa> decoded = LsaCodec.decode(wire, OspfVersion.V2);
        assertTrue(decoded.isOk(), () -> String.valueOf(decoded.error()));
        assertEquals(lsa, decoded.value());
        assertEquals(lsa.body(), decoded.value().body());
        assertEquals(lsa.header(), decoded.value().header());
        return decoded.value();
    }

    @Test
    void summaryIntoNormalAndStubAreas() {
        PlannedLsa planned = new PlannedLsa(LsaTypes.V2_SUMMARY, parse("10.1.0.0"),
                new SummaryLsaV2(parse("255.255.0.0"), 20));
        Lsa normal = roundTrip(SelfLsa.header(planned, parse("1.1.1.1"), LsaHeader.INITIAL_SEQUENCE, false));
        assertEquals(new LsaHeader(OspfVersion.V2, 0, SelfLsa.OPTION_E, LsaTypes.V2_SUMMARY, parse("10.1.0.0"),
                parse("1.1.1.1"), LsaHeader.INITIAL_SEQUENCE, normal.header().checksum(), 28), normal.header());
        Lsa stub = roundTrip(SelfLsa.header(planned, parse("1.1.1.1"), 0x80000005, true));
        assertEquals(0, stub.header().options());
        assertEquals(0x80000005, stub.header().sequence());
    }

    @Test
    void everyPlannedLsaSurvivesTheCodec() {
        List<PlannedLsa> planned = ExternalPlanner.plan(List.of(
                new Redistributed(IpPrefix.parse("192.168.3.0/24"), 20, true, 0, 5)), null, false);
        Lsa external = roundTrip(SelfLsa.header(planned.getFirst(), parse("2.2.2.2"), LsaHeader.INITIAL_SEQUENCE,
                true));
        assertEquals(SelfLsa.OPTION_E, external.header().options());
        assertEquals(36, external.length());
        assertEquals(20, ((ExternalLsaV2) external.body()).route().metric());
        roundTrip(SelfLsa.header(LsaTypes.V2_ROUTER, parse("2.2.2.2"), parse("2.2.2.2"), LsaHeader.INITIAL_SEQUENCE,
                RouterLsaBuilder.build(List.of(RouterLsaBuilderTest.loopback("2.2.2.2")), true, false), false));
        roundTrip(SelfLsa.header(LsaTypes.V2_NETWORK, parse("10.1.2.254"), parse("2.2.2.2"),
                LsaHeader.INITIAL_SEQUENCE, NetworkLsaBuilder.build(parse("255.255.255.0"), parse("2.2.2.2"),
                        List.of(parse("9.9.9.9"))), false));
    }
}
