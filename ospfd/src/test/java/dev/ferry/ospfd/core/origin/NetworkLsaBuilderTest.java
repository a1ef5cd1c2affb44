package dev.ferry.ospfd.core.origin;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.core.origin.NetworkLsaBuilder.Attached;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkLsaBuilderTest {
    private static final int MASK_24 = parse("255.255.255.0");

    @Test
    void rfcOrderIsTheDrFirstThenItsFullNeighbors() {
        assertEquals(new NetworkLsaV2(MASK_24, List.of(parse("9.9.9.9"), parse("1.1.1.1"), parse("3.3.3.3"))),
                NetworkLsaBuilder.build(MASK_24, parse("9.9.9.9"),
                        List.of(parse("1.1.1.1"), parse("3.3.3.3"), parse("1.1.1.1"))));
    }

    @Test
    void frrOrderFollowsInterfaceAddresses() {
        assertEquals(List.of(parse("5.5.5.5"), parse("9.9.9.9"), parse("1.1.1.1")),
                NetworkLsaBuilder.buildInFrrOrder(MASK_24, new Attached(parse("9.9.9.9"), parse("10.1.1.128")),
                        List.of(new Attached(parse("1.1.1.1"), parse("10.1.1.200")),
                                new Attached(parse("5.5.5.5"), parse("10.1.1.3")))).attachedRouters());
    }

    @Test
    void prNetworkLsaForPe1sLinkAsFrrFloodedIt() {
        NetworkLsaV2 body = NetworkLsaBuilder.buildInFrrOrder(MASK_24,
                new Attached(parse("9.9.9.9"), parse("10.1.1.254")),
                List.of(new Attached(parse("1.1.1.1"), parse("10.1.1.2"))));
        Lsa frr = FrrFloodedLsas.find(20, LsaTypes.V2_NETWORK, "9.9.9.9", 0x80000001);
        Lsa ours = SelfLsa.header(LsaTypes.V2_NETWORK, parse("10.1.1.254"), parse("9.9.9.9"), 0x80000001, body,
                false);
        assertArrayEquals(frr.withAge(0).wire(), ours.wire());
    }
}
