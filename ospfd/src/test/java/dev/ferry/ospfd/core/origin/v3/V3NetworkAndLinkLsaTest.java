package dev.ferry.ospfd.core.origin.v3;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.origin.InterfaceView.Kind;
import dev.ferry.ospfd.core.origin.InterfaceView.State;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV3;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Network-LSA (RFC 5340 4.4.3.3) and Link-LSA (4.4.3.8) as FRR 8.4 writes them. */
class V3NetworkAndLinkLsaTest {
    private static final int SELF = parse("10.0.0.5");

    @Test
    void networkLsaListsTheDrFirstThenFullNeighborsByRouterId() {
        NetworkLsaV3 n = V3NetworkLsaBuilder.build(SELF, 0x13, List.of(new V3Neighbor(parse("200.0.0.1"), 3),
                new V3Neighbor(parse("10.0.0.9"), 7), new V3Neighbor(parse("10.0.0.1"), 2)));
        assertEquals(List.of(SELF, parse("10.0.0.1"), parse("10.0.0.9"), parse("200.0.0.1")), n.attachedRouters());
        assertEquals(0x13, n.options());
    }

    @Test
    void networkOptionsAreTheOrOfTheLinksLinkLsas() {
        byte[] ll = V3Views.LINK_LOCAL;
        assertEquals(0x13, V3NetworkLsaBuilder.options(List.of(new LinkLsa(1, 0x11, ll, List.of()),
                new LinkLsa(1, 0x13, ll, List.of()))));
        assertEquals(0x33, V3NetworkLsaBuilder.options(List.of(new LinkLsa(1, 0x13, ll, List.of()),
                new LinkLsa(0, 0x21, ll, List.of()))));
    }

    @Test
    void linkLsaCarriesPriorityOptionsLinkLocalAndTheMaskedGlobalPrefixesInTableOrder() {
        V3InterfaceView eth = new V3InterfaceView("eth0", 7, Kind.BROADCAST, State.DR, 10, false, 3,
                V3Views.LINK_LOCAL, V3Views.prefixes("2001:db8:2::9/64", "fe80::1/64", "2001:db8:1::1/64",
                        "2001:db8:1::2/64", "10.0.0.1/24", "::1/128", "::ffff:10.0.0.1/128", "::10.0.0.1/128",
                        "2001:db8:1::/48"), 0, 0, false, List.of());
        PlannedLsa planned = LinkLsaBuilder.plan(eth, V3Options.STUB_AREA);
        assertEquals(LsaTypes.V3_LINK, planned.type());
        assertEquals(7, planned.linkStateId());
        LinkLsa link = (LinkLsa) planned.body();
        assertEquals(3, link.priority());
        assertEquals(0x11, link.options());
        assertArrayEquals(V3Views.LINK_LOCAL, link.linkLocalAddress());
        assertEquals(List.of(
                Ospf6Prefix.of(IpPrefix.parse("2001:db8:1::/48"), 0, 0),
                Ospf6Prefix.of(IpPrefix.parse("2001:db8:1::/64"), 0, 0),
                Ospf6Prefix.of(IpPrefix.parse("2001:db8:2::/64"), 0, 0)), link.prefixes());
        // words only up to the prefix length, host bits cleared
        assertArrayEquals(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 1, 0, 0}, link.prefixes().get(1).address());
    }

    @Test
    void noLinkLocalAddressNoLinkLsa() {
        assertNull(LinkLsaBuilder.build(V3Views.loopback(1, 10, "2001:db8::1/128"), 0x13));
    }
}
