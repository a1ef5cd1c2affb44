package dev.ferry.bgpd.adjout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.ClusterList;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.OriginatorId;
import dev.ferry.bgpd.attr.PathAttribute;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.lib.net.IpAddresses;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 4456 in the Adj-RIB-Out: who gets a reflected route, and what it carries. */
class ReflectionExportTest {
    private static final long AS = 65000;
    private static final byte[] SELF = IpAddresses.parse("10.0.0.1");
    private static final int CLUSTER = Ipv4Addresses.parse("9.9.9.9");
    private static final PathSource CLIENT_1 = ibgp("10.0.0.11", "11.11.11.11");
    private static final PathSource CLIENT_2 = ibgp("10.0.0.12", "12.12.12.12");
    private static final PathSource NON_CLIENT = ibgp("10.0.0.21", "21.21.21.21");
    private static final PathSource NON_CLIENT_2 = ibgp("10.0.0.22", "22.22.22.22");
    private static final PathSource EBGP = new PathSource(PathSource.Kind.EBGP, IpAddresses.parse("10.0.1.2"),
            Ipv4Addresses.parse("31.31.31.31"), 65001);
    private static final Set<PathSource> CLIENTS = Set.of(CLIENT_1, CLIENT_2);

    private static PathSource ibgp(String address, String id) {
        return new PathSource(PathSource.Kind.IBGP, IpAddresses.parse(address), Ipv4Addresses.parse(id), AS);
    }

    private static BgpPath path(PathSource s, String nh, PathAttribute... extra) {
        List<PathAttribute> attrs = new java.util.ArrayList<>(List.of(Origin.of(Origin.IGP), AsPath.EMPTY,
                LocalPref.of(100)));
        attrs.addAll(List.of(extra));
        return new BgpPath(s, PathAttributes.of(attrs), IpAddresses.parse(nh), 0, LocalOrigin.NONE, 1, 0);
    }

    private static ExportTarget to(PathSource peer, boolean nextHopSelf) {
        return new ExportTarget(peer, AS, SELF, nextHopSelf, false, OutboundPolicy.NONE,
                new ExportTarget.Reflection(CLIENTS.contains(peer), CLUSTER, CLIENTS::contains));
    }

    @Test
    void aClientsRouteGoesToOtherClientsAndNonClients() {
        BgpPath p = path(CLIENT_1, "10.0.0.11");
        assertNotNull(ExportPolicy.export(p, to(CLIENT_2, false)));
        assertNotNull(ExportPolicy.export(p, to(NON_CLIENT, false)));
        assertNull(ExportPolicy.export(p, to(CLIENT_1, false)), "never back to the sender");
    }

    @Test
    void aNonClientsRouteGoesToClientsOnly() {
        BgpPath p = path(NON_CLIENT, "10.0.0.21");
        assertNotNull(ExportPolicy.export(p, to(CLIENT_1, false)));
        assertNull(ExportPolicy.export(p, to(NON_CLIENT_2, false)), "non-client to non-client is not reflected");
    }

    @Test
    void withoutClientsIbgpRoutesStayAway() {
        BgpPath p = path(NON_CLIENT, "10.0.0.21");
        assertNull(ExportPolicy.export(p, new ExportTarget(NON_CLIENT_2, AS, SELF, false, false)));
    }

    @Test
    void reflectionAddsOriginatorAndClusterAndKeepsTheNextHop() {
        OutRoute r = ExportPolicy.export(path(CLIENT_1, "10.0.0.11"), to(CLIENT_2, true));
        assertEquals("11.11.11.11", r.attributes().get(AttributeType.ORIGINATOR_ID).toString());
        assertEquals("9.9.9.9", r.attributes().get(AttributeType.CLUSTER_LIST).toString());
        assertArrayEquals(IpAddresses.parse("10.0.0.11"), r.nextHop(), "next-hop-self does not apply when reflecting");
        List<Integer> types = r.attributes().list().stream().map(PathAttribute::type).toList();
        assertEquals(List.of(AttributeType.ORIGIN, AttributeType.AS_PATH, AttributeType.LOCAL_PREF,
                AttributeType.ORIGINATOR_ID, AttributeType.CLUSTER_LIST), types);
    }

    @Test
    void anExistingOriginatorStaysAndOurClusterGoesFirst() {
        BgpPath p = path(CLIENT_1, "10.0.0.11", OriginatorId.of(Ipv4Addresses.parse("5.5.5.5")),
                ClusterList.of(Ipv4Addresses.parse("7.7.7.7")));
        OutRoute r = ExportPolicy.export(p, to(NON_CLIENT, false));
        assertEquals("5.5.5.5", r.attributes().get(AttributeType.ORIGINATOR_ID).toString());
        assertEquals("9.9.9.9 7.7.7.7", r.attributes().get(AttributeType.CLUSTER_LIST).toString());
    }

    @Test
    void neverToThePeerThatOriginatedIt() {
        BgpPath p = path(NON_CLIENT, "10.0.0.21", OriginatorId.of(Ipv4Addresses.parse("12.12.12.12")));
        assertNull(ExportPolicy.export(p, to(CLIENT_2, false)));
        assertNotNull(ExportPolicy.export(p, to(CLIENT_1, false)));
    }

    @Test
    void eBgpAndLocalRoutesAreNotReflectedButAdvertised() {
        OutRoute fromEbgp = ExportPolicy.export(path(EBGP, "10.0.1.2"), to(NON_CLIENT, false));
        assertNull(fromEbgp.attributes().get(AttributeType.ORIGINATOR_ID));
        assertNull(fromEbgp.attributes().get(AttributeType.CLUSTER_LIST));
    }

    @Test
    void eBgpPeersNeverSeeReflectionAttributes() {
        BgpPath p = path(CLIENT_1, "10.0.0.11", OriginatorId.of(Ipv4Addresses.parse("5.5.5.5")),
                ClusterList.of(Ipv4Addresses.parse("7.7.7.7")));
        ExportTarget ebgp = new ExportTarget(EBGP, AS, SELF, false, false, OutboundPolicy.NONE,
                new ExportTarget.Reflection(false, CLUSTER, CLIENTS::contains));
        OutRoute r = ExportPolicy.export(p, ebgp);
        assertNull(r.attributes().get(AttributeType.ORIGINATOR_ID));
        assertNull(r.attributes().get(AttributeType.CLUSTER_LIST));
    }
}
