package dev.ferry.bgpd.adjout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.policy.NeighborPolicy;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.lib.net.IpAddresses;
import org.junit.jupiter.api.Test;

/**
 * The export memo gives the paths of one UPDATE one shared route, and never an answer the rules would not: a
 * path with other attributes, source or next hop, another target, an outbound policy or iBGP to iBGP are
 * exported afresh.
 */
class ExportMemoTest {
    // the peers and our address of ExportPolicyTest
    private static final long LOCAL_AS = ExportPolicyTest.LOCAL_AS;
    private static final byte[] SELF = ExportPolicyTest.SELF;
    private static final PathSource EBGP_IN = ExportPolicyTest.EBGP_IN;
    private static final PathSource EBGP_OUT = ExportPolicyTest.EBGP_OUT;
    private static final PathSource IBGP_IN = ExportPolicyTest.IBGP_IN;
    private static final PathSource IBGP_OUT = ExportPolicyTest.IBGP_OUT;
    private static final PathAttributes ATTRS = PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse("65001"),
            LocalPref.of(100));

    private static BgpPath path(PathSource s, PathAttributes a, byte[] nextHop) {
        return new BgpPath(s, a, nextHop, 0, LocalOrigin.NONE, 1, 0);
    }

    private static ExportTarget to(PathSource peer, byte[] self) {
        return new ExportTarget(peer, LOCAL_AS, self, false, false);
    }

    private static Ipv4Prefix prefix(int i) {
        return new Ipv4Prefix(Ipv4Addresses.parse("11.0.0.0") + (i << 8), 24);
    }

    @Test
    void thePathsOfOneUpdateShareOneRoute() {
        byte[] nh = IpAddresses.parse("10.0.1.2");
        ExportMemo memo = new ExportMemo();
        OutRoute first = memo.export(prefix(0), path(EBGP_IN, ATTRS, nh), to(EBGP_OUT, SELF));
        OutRoute second = memo.export(prefix(1), path(EBGP_IN, ATTRS, nh), to(EBGP_OUT, SELF));
        assertSame(first, second);
        assertEquals(ExportPolicy.export(prefix(1), path(EBGP_IN, ATTRS, nh), to(EBGP_OUT, SELF)), second);
        assertEquals("65000 65001", second.attributes().asPath().toString());
    }

    @Test
    void anythingTheRulesReadDifferentIsExportedAfresh() {
        byte[] nh = IpAddresses.parse("10.0.1.2");
        ExportMemo memo = new ExportMemo();
        OutRoute r = memo.export(prefix(0), path(EBGP_IN, ATTRS, nh), to(EBGP_OUT, SELF));

        PathAttributes longer = PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse("65001 65009"));
        OutRoute other = memo.export(prefix(1), path(EBGP_IN, longer, nh), to(EBGP_OUT, SELF));
        assertEquals("65000 65001 65009", other.attributes().asPath().toString());

        // the same attributes from another UPDATE (another next hop array) are made again, equal
        OutRoute again = memo.export(prefix(2), path(EBGP_IN, ATTRS, nh.clone()), to(EBGP_OUT, SELF));
        assertNotSame(r, again);
        assertEquals(r, again);

        byte[] otherSelf = IpAddresses.parse("10.0.99.1");
        OutRoute toOtherSession = memo.export(prefix(3), path(EBGP_IN, ATTRS, nh), to(EBGP_OUT, otherSelf));
        assertArrayEquals(otherSelf, toOtherSession.nextHop());
    }

    @Test
    void anOutboundPolicyIsAskedForEveryPrefix() {
        byte[] nh = IpAddresses.parse("10.0.1.2");
        byte[] set = IpAddresses.parse("10.0.12.9");
        // sets the next hop of 11.0.1.0/24 only: an answer kept from another prefix would be wrong
        OutboundPolicy perPrefix = (p, best) -> p.equals(prefix(1))
                ? new NeighborPolicy.Passed(new BgpPath(best.source(), best.attributes(), set, 0, LocalOrigin.NONE, 1,
                        0), true, false)
                : new NeighborPolicy.Passed(best, false, false);
        ExportTarget target = new ExportTarget(EBGP_OUT, LOCAL_AS, SELF, false, false, perPrefix);
        ExportMemo memo = new ExportMemo();
        assertArrayEquals(SELF, memo.export(prefix(0), path(EBGP_IN, ATTRS, nh), target).nextHop());
        assertArrayEquals(set, memo.export(prefix(1), path(EBGP_IN, ATTRS, nh), target).nextHop());
        assertArrayEquals(SELF, memo.export(prefix(2), path(EBGP_IN, ATTRS, nh), target).nextHop());
    }

    @Test
    void iBgpToIbgpIsExportedEachTime() {
        byte[] nh = IpAddresses.parse("10.0.2.2");
        ExportMemo memo = new ExportMemo();
        OutRoute a = memo.export(prefix(0), path(IBGP_IN, ATTRS, nh), to(IBGP_OUT, SELF));
        OutRoute b = memo.export(prefix(1), path(IBGP_IN, ATTRS, nh), to(IBGP_OUT, SELF));
        assertEquals(null, a, "not reflected: iBGP paths go to no iBGP peer without a reflector");
        assertEquals(null, b);
    }
}
