package dev.ferry.ospfd.core.origin;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalPlannerTest {

    private static PlannedLsa external(String id, int length, boolean type2, int metric, int fwd, int tag) {
        return new PlannedLsa(LsaTypes.V2_AS_EXTERNAL, parse(id), new ExternalLsaV2(Ipv4.mask(length),
                List.of(new ExternalLsaV2.Route(type2, 0, metric, fwd, tag))));
    }

    @Test
    void frrDefaultsAreMetric20Type2() {
        Redistributed plain = Redistributed.of(IpPrefix.parse("192.168.1.7/24"), Redistribution.PLAIN, 0);
        Redistributed type1 = Redistributed.of(IpPrefix.parse("192.168.2.0/24"), new Redistribution(5, 1, null), 9);
        assertEquals(List.of(external("192.168.1.0", 24, true, 20, 0, 0), external("192.168.2.0", 24, false, 5, 0, 9)),
                ExternalPlanner.plan(List.of(type1, plain), null, true));
    }

    @Test
    void forwardingAddressTagAndAppendixEIds() {
        List<Redistributed> routes = List.of(
                new Redistributed(IpPrefix.parse("10.0.0.0/8"), 7, true, parse("10.1.1.9"), 77),
                new Redistributed(IpPrefix.parse("10.0.0.0/16"), 8, false, 0, 0));
        assertEquals(List.of(external("10.255.255.255", 8, true, 7, parse("10.1.1.9"), 77),
                external("10.0.0.0", 16, false, 8, 0, 0)), ExternalPlanner.plan(routes, null, false));
    }

    @Test
    void defaultRouteOnlyThroughDefaultInformationOriginate() {
        Redistributed redistributedDefault = Redistributed.of(IpPrefix.parse("0.0.0.0/0"), Redistribution.PLAIN, 0);
        assertEquals(List.of(), ExternalPlanner.plan(List.of(redistributedDefault), null, true));
        DefaultOriginate following = new DefaultOriginate(false, Redistribution.PLAIN);
        assertEquals(List.of(), ExternalPlanner.plan(List.of(), following, false));
        assertEquals(List.of(external("0.0.0.0", 0, true, 10, 0, 0)),
                ExternalPlanner.plan(List.of(), following, true));
        DefaultOriginate always = new DefaultOriginate(true, Redistribution.PLAIN);
        assertEquals(List.of(external("0.0.0.0", 0, true, 1, 0, 0)), ExternalPlanner.plan(List.of(), always, false));
        DefaultOriginate tuned = new DefaultOriginate(true, new Redistribution(33, 1, null));
        assertEquals(List.of(external("0.0.0.0", 0, false, 33, 0, 0)), ExternalPlanner.plan(List.of(), tuned, false));
    }
}
