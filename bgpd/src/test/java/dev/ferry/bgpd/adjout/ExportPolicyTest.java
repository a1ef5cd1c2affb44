package dev.ferry.bgpd.adjout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttribute;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.lib.net.IpAddresses;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Adj-RIB-Out rules: what eBGP and iBGP peers are sent, and what they are not. */
class ExportPolicyTest {
    static final long LOCAL_AS = 65000;
    static final byte[] SELF = IpAddresses.parse("10.0.12.1");
    static final PathSource EBGP_IN = source(PathSource.Kind.EBGP, "10.0.1.2", 65001);
    static final PathSource EBGP_OUT = source(PathSource.Kind.EBGP, "10.0.12.2", 65002);
    static final PathSource IBGP_IN = source(PathSource.Kind.IBGP, "10.0.2.2", LOCAL_AS);
    static final PathSource IBGP_OUT = source(PathSource.Kind.IBGP, "10.0.3.2", LOCAL_AS);
    private static final PathSource LOCAL = PathSource.local(Ipv4Addresses.parse("1.1.1.1"), LOCAL_AS);

    static PathSource source(PathSource.Kind k, String a, long as) {
        return new PathSource(k, IpAddresses.parse(a), IpAddresses.parse(a).length == 4
                ? Ipv4Addresses.parse(a) : 1, as);
    }

    private static BgpPath path(PathSource s, String nh, PathAttribute... attrs) {
        return new BgpPath(s, PathAttributes.of(List.of(attrs)), IpAddresses.parse(nh),
                s.isLocal() ? BgpPath.LOCAL_WEIGHT : 0, s.isLocal() ? LocalOrigin.NETWORK : LocalOrigin.NONE, 1, 0);
    }

    private static ExportTarget to(PathSource peer, boolean nhSelf, boolean blocked) {
        return new ExportTarget(peer, LOCAL_AS, SELF, nhSelf, blocked);
    }

    @Test
    void ebgpGetsOurAsPrependedNextHopSelfAndNoLocalPrefOrForeignMed() {
        BgpPath p = path(IBGP_IN, "10.0.2.2", Origin.of(Origin.IGP), AsPath.parse("65001 65005"),
                MultiExitDisc.of(40), LocalPref.of(300));
        OutRoute r = ExportPolicy.export(p, to(EBGP_OUT, false, false));
        assertNotNull(r);
        assertEquals("65000 65001 65005", r.attributes().asPath().toString());
        assertArrayEquals(SELF, r.nextHop());
        assertNull(r.attributes().localPref());
        assertNull(r.attributes().med(), "a MED learned from another AS is not passed on");
        assertEquals(List.of(AttributeType.ORIGIN, AttributeType.AS_PATH),
                r.attributes().list().stream().map(PathAttribute::type).toList());
    }

    @Test
    void ourOwnRoutesKeepTheirMedTowardsEbgp() {
        BgpPath p = path(LOCAL, "0.0.0.0", Origin.of(Origin.IGP), AsPath.EMPTY, MultiExitDisc.of(0));
        OutRoute r = ExportPolicy.export(p, to(EBGP_OUT, false, false));
        assertEquals("65000", r.attributes().asPath().toString());
        assertEquals(0, r.attributes().med().value());
    }

    @Test
    void ebgpWithoutPolicyGetsNothingWhilePolicyIsRequired() {
        BgpPath p = path(LOCAL, "0.0.0.0", Origin.of(Origin.IGP), AsPath.EMPTY);
        assertNull(ExportPolicy.export(p, to(EBGP_OUT, false, true)));
    }

    @Test
    void aPathIsNeverSentBackToItsPeer() {
        BgpPath p = path(EBGP_OUT, "10.0.12.2", Origin.of(Origin.IGP), AsPath.parse("65002"));
        assertNull(ExportPolicy.export(p, to(EBGP_OUT, false, false)));
    }

    @Test
    void ibgpPathsAreNotSentToIbgpPeers() {
        BgpPath p = path(IBGP_IN, "10.0.2.2", Origin.of(Origin.IGP), AsPath.parse("65001"));
        assertNull(ExportPolicy.export(p, to(IBGP_OUT, false, false)));
    }

    @Test
    void ibgpKeepsAsPathAndNextHopAndGetsLocalPref() {
        BgpPath p = path(EBGP_IN, "10.0.1.2", Origin.of(Origin.EGP), AsPath.parse("65001"), MultiExitDisc.of(7));
        OutRoute r = ExportPolicy.export(p, to(IBGP_OUT, false, false));
        assertEquals("65001", r.attributes().asPath().toString());
        assertArrayEquals(IpAddresses.parse("10.0.1.2"), r.nextHop());
        assertEquals(100, r.attributes().localPref().value());
        assertEquals(7, r.attributes().med().value());
        OutRoute self = ExportPolicy.export(p, to(IBGP_OUT, true, false));
        assertArrayEquals(SELF, self.nextHop(), "next-hop-self");
    }

    @Test
    void ourRoutesGoToIbgpWithUsAsNextHopAndAnEmptyAsPath() {
        BgpPath p = path(LOCAL, "0.0.0.0", Origin.of(Origin.IGP), AsPath.EMPTY, MultiExitDisc.of(0));
        OutRoute r = ExportPolicy.export(p, to(IBGP_OUT, false, false));
        assertArrayEquals(SELF, r.nextHop());
        assertEquals("", r.attributes().asPath().toString());
        assertEquals(List.of(AttributeType.ORIGIN, AttributeType.AS_PATH, AttributeType.MULTI_EXIT_DISC,
                AttributeType.LOCAL_PREF), r.attributes().list().stream().map(PathAttribute::type).toList());
    }

    @Test
    void prependStartsANewSegmentWhenTheFirstIsASetOrFull() {
        assertEquals("65000 {1,2}", ExportPolicy.prepend(AsPath.parse("{1,2}"), 65000).toString());
        int[] full = new int[255];
        java.util.Arrays.fill(full, 7);
        AsPath p = ExportPolicy.prepend(AsPath.sequence(full), 65000);
        assertEquals(2, p.segments().size());
        assertEquals(256, p.pathLength());
    }
}
