package dev.ferry.bgpd.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.Communities;
import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matchers, with FRR 8.4's semantics: prefix-list ge/le and order, AS-path `_`, communities, route-map flow. */
class PolicyMatcherTest {
    private final Policies policies = new Policies();

    /** A route that records what the sets did. */
    private static final class Route implements PolicyRoute {
        final IpPrefix prefix;
        String asPath = "";
        int[] communities;
        long localPref = 100;
        long metric;
        byte[] nextHop;
        final List<Long> prepended = new ArrayList<>();
        long weight;

        Route(String prefix) {
            this.prefix = IpPrefix.parse(prefix);
        }

        @Override
        public IpPrefix prefix() {
            return prefix;
        }

        @Override
        public String asPath() {
            return asPath;
        }

        @Override
        public int[] communities() {
            return communities;
        }

        @Override
        public long localPreference() {
            return localPref;
        }

        @Override
        public void localPreference(long value) {
            localPref = value;
        }

        @Override
        public long metric() {
            return metric;
        }

        @Override
        public void metric(long value) {
            metric = value;
        }

        @Override
        public void communities(int[] values) {
            communities = values;
        }

        @Override
        public void nextHop(byte[] address) {
            nextHop = address;
        }

        @Override
        public void prepend(long[] asns) {
            for (long a : asns) {
                prepended.add(a);
            }
        }

        @Override
        public void weight(long value) {
            weight = value;
        }
    }

    private static PrefixListEntry entry(long seq, PolicyAction a, String prefix, int ge, int le) {
        return new PrefixListEntry(seq, a, IpPrefix.parse(prefix), ge, le, false);
    }

    @Test
    void prefixListGeLeAndExactLength() {
        PrefixList l = new PrefixList("PL", false);
        l.put(entry(5, PolicyAction.PERMIT, "10.0.0.0/8", 0, 24));
        assertTrue(l.permits(IpPrefix.parse("10.1.0.0/16")));
        assertTrue(l.permits(IpPrefix.parse("10.0.0.0/8")));
        assertFalse(l.permits(IpPrefix.parse("10.1.1.0/25")), "longer than le");
        assertFalse(l.permits(IpPrefix.parse("11.0.0.0/8")), "outside: implicit deny");
        PrefixList ge = new PrefixList("GE", false);
        ge.put(entry(5, PolicyAction.PERMIT, "10.0.0.0/8", 16, 0));
        assertFalse(ge.permits(IpPrefix.parse("10.0.0.0/8")));
        assertTrue(ge.permits(IpPrefix.parse("10.1.2.3/32")), "ge alone: up to the full length");
        PrefixList exact = new PrefixList("EX", false);
        exact.put(entry(5, PolicyAction.PERMIT, "10.0.0.0/8", 0, 0));
        assertTrue(exact.permits(IpPrefix.parse("10.0.0.0/8")));
        assertFalse(exact.permits(IpPrefix.parse("10.1.0.0/16")), "no ge/le: exact length only");
        assertFalse(exact.permits(IpPrefix.parse("2001:db8::/32")), "other family");
    }

    @Test
    void prefixListLowestSequenceWinsAndEmptyListPermits() {
        PrefixList l = new PrefixList("PL", false);
        l.put(entry(20, PolicyAction.PERMIT, "10.0.0.0/8", 0, 32));
        l.put(entry(10, PolicyAction.DENY, "10.1.0.0/16", 0, 32));
        assertFalse(l.permits(IpPrefix.parse("10.1.2.0/24")), "seq 10 denies before seq 20 permits");
        assertTrue(l.permits(IpPrefix.parse("10.2.0.0/24")));
        assertEquals(25, l.nextSeq());
        PrefixListEntry any = PrefixListEntry.any(30, PolicyAction.PERMIT, false);
        assertTrue(any.matches(IpPrefix.parse("192.168.1.1/32")));
        assertTrue(new PrefixList("EMPTY", false).permits(IpPrefix.parse("10.0.0.0/8")), "no entries: permit");
        assertFalse(policies.prefixListPermits("MISSING", IpPrefix.parse("10.0.0.0/8")), "missing list: deny");
    }

    @Test
    void asPathUnderscoreIsADelimiter() {
        AsPathAccessList l = new AsPathAccessList("AP");
        l.put(new AsPathAccessList.Entry(5, PolicyAction.DENY, "_65099_", AsPathAccessList.compile("_65099_")));
        l.put(new AsPathAccessList.Entry(10, PolicyAction.PERMIT, "^65001_", AsPathAccessList.compile("^65001_")));
        assertTrue(l.permits("65001 65002"));
        assertTrue(l.permits("65001"), "_ matches the end");
        assertFalse(l.permits("650011 65002"), "_ is not a digit");
        assertFalse(l.permits("65001 65099 7"), "the deny entry comes first");
        assertFalse(l.permits("65002"), "no match: deny");
        assertNull(AsPathAccessList.compile("65001[a]"), "letters are refused as in FRR");
    }

    @Test
    void communityListContainsOrExactMatch() {
        CommunityList l = new CommunityList("CL");
        int[] both = CommunityList.sortedUnique(new int[] {Communities.parse("65000:2"), Communities.parse("65000:1")});
        l.put(new CommunityList.Entry(5, PolicyAction.PERMIT, both, "65000:1 65000:2"));
        int[] route = {Communities.parse("65000:2"), Communities.parse("65000:9"), Communities.parse("65000:1")};
        assertTrue(l.permits(route, false), "the route carries both");
        assertFalse(l.permits(route, true), "exact-match: it carries one more");
        assertTrue(l.permits(new int[] {Communities.parse("65000:1"), Communities.parse("65000:2")}, true));
        assertFalse(l.permits(null, false), "no communities");
        assertArrayEquals(new int[] {Communities.parse("65000:1"), Communities.NO_EXPORT},
                CommunityList.sortedUnique(new int[] {Communities.NO_EXPORT, Communities.parse("65000:1"),
                    Communities.NO_EXPORT}), "unsigned order, as FRR's community_uniq_sort");
    }

    private RouteMap map(String name) {
        return policies.routeMapOrNew(name);
    }

    @Test
    void routeMapImplicitDenyAndDenyEntry() {
        PrefixList pl = policies.prefixListOrNew("PL", false);
        pl.put(entry(5, PolicyAction.PERMIT, "10.0.0.0/8", 0, 32));
        RouteMap rm = map("RM");
        RouteMapEntry e = rm.entry(10, PolicyAction.PERMIT);
        e.match(new MatchClause.PrefixListMatch("PL", false));
        e.set(new SetClause.LocalPreference(SetClause.Adjustment.parse("200")));
        Route in = new Route("10.1.0.0/16");
        assertTrue(policies.routeMapPermits("RM", in));
        assertEquals(200, in.localPref);
        Route out = new Route("11.0.0.0/8");
        assertFalse(policies.routeMapPermits("RM", out), "no entry matched: implicit deny");
        assertEquals(100, out.localPref);
        rm.entry(5, PolicyAction.DENY).match(new MatchClause.PrefixListMatch("PL", false));
        assertFalse(policies.routeMapPermits("RM", new Route("10.1.0.0/16")), "deny entry first");
        assertFalse(policies.routeMapPermits("NOPE", new Route("10.1.0.0/16")), "undefined map denies");
        assertEquals(3, rm.invoked());
    }

    @Test
    void matchOnMissingListDoesNotMatch() {
        RouteMapEntry e = map("RM").entry(10, PolicyAction.PERMIT);
        e.match(new MatchClause.AsPathMatch("NOLIST"));
        assertFalse(policies.routeMapPermits("RM", new Route("10.0.0.0/8")));
        map("RM").entry(20, PolicyAction.PERMIT);
        assertTrue(policies.routeMapPermits("RM", new Route("10.0.0.0/8")), "an entry without matches matches");
    }

    @Test
    void onMatchNextGotoAndCall() {
        RouteMap rm = map("RM");
        RouteMapEntry first = rm.entry(10, PolicyAction.PERMIT);
        first.set(new SetClause.Metric(SetClause.Adjustment.parse("10")));
        first.exitPolicy(RouteMapEntry.ExitPolicy.NEXT, 0);
        RouteMapEntry second = rm.entry(20, PolicyAction.PERMIT);
        second.set(new SetClause.Metric(SetClause.Adjustment.parse("+5")));
        second.exitPolicy(RouteMapEntry.ExitPolicy.GOTO, 40);
        rm.entry(30, PolicyAction.PERMIT).set(new SetClause.Weight(30));
        RouteMapEntry last = rm.entry(40, PolicyAction.PERMIT);
        last.call("SUB");
        RouteMapEntry sub = map("SUB").entry(1, PolicyAction.PERMIT);
        sub.set(new SetClause.Prepend(new long[] {65000, 65000}));
        Route r = new Route("10.0.0.0/8");
        assertTrue(policies.routeMapPermits("RM", r));
        assertEquals(15, r.metric, "10, then +5 after on-match next");
        assertEquals(0, r.weight, "goto 40 skipped 30");
        assertEquals(List.of(65000L, 65000L), r.prepended, "call ran SUB");
        assertEquals(0, rm.entry(30).invoked());
        sub.action(PolicyAction.DENY);
        assertFalse(policies.routeMapPermits("RM", new Route("10.0.0.0/8")), "a deny in the called map denies");
    }

    @Test
    void onMatchNextIntoANonMatchingLastEntryDenies() {
        RouteMapEntry e = map("RM").entry(10, PolicyAction.PERMIT);
        e.exitPolicy(RouteMapEntry.ExitPolicy.NEXT, 0);
        map("RM").entry(20, PolicyAction.PERMIT).match(new MatchClause.CommunityMatch("NONE", false));
        assertFalse(policies.routeMapPermits("RM", new Route("10.0.0.0/8")),
                "FRR's route_map_apply_ext: a later entry that does not match turns the result into deny");
        map("RM").entry(30, PolicyAction.PERMIT).match(new MatchClause.AsPathMatch("NONE"));
        map("RM").entry(20).exitPolicy(RouteMapEntry.ExitPolicy.EXIT, 0);
        map("RM").remove(20);
        map("RM").remove(30);
        assertTrue(policies.routeMapPermits("RM", new Route("10.0.0.0/8")), "on-match next off the end: permit");
    }

    @Test
    void setCommunityAdditiveAndNone() {
        int[] add = {Communities.parse("65000:7")};
        Route r = new Route("10.0.0.0/8");
        r.communities = new int[] {Communities.parse("65000:9")};
        new SetClause.Community(add, "65000:7", true).apply(r);
        assertArrayEquals(new int[] {Communities.parse("65000:7"), Communities.parse("65000:9")}, r.communities);
        new SetClause.Community(add, "65000:7", false).apply(r);
        assertArrayEquals(add, r.communities);
        SetClause.Community.none().apply(r);
        assertNull(r.communities);
    }

    @Test
    void adjustmentsSaturate() {
        Route r = new Route("10.0.0.0/8");
        r.metric = 3;
        new SetClause.Metric(SetClause.Adjustment.parse("-5")).apply(r);
        assertEquals(0, r.metric);
        r.localPref = 0xFFFFFFF0L;
        new SetClause.LocalPreference(SetClause.Adjustment.parse("+100")).apply(r);
        assertEquals(0xFFFFFFFFL, r.localPref);
        assertNull(SetClause.Adjustment.parse("abc"));
    }
}
