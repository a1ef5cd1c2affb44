package dev.ferry.lab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.topology.Endpoint;
import dev.ferry.lab.topology.LinkSpec;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Link subnets never overlap the host's, and topologies stay out of the range Docker gets. */
class DockerSubnetPoolTest {

    @Test
    void parsesAndComparesPrefixes() {
        Ipv4Block b = Ipv4Block.parse("10.254.3.13/29");
        assertEquals("10.254.3.8/29", b.toString());
        assertTrue(b.overlaps(Ipv4Block.parse("10.0.0.0/8")));
        assertTrue(b.overlaps(Ipv4Block.parse("10.254.3.9")));
        assertFalse(b.overlaps(Ipv4Block.parse("10.254.3.16/29")));
        assertNull(Ipv4Block.parse("fd00::/64"));
        assertNull(Ipv4Block.parse("default"));
        assertNull(Ipv4Block.parse("10.1.2.300/24"));
    }

    @Test
    void handsOutDistinctBlocksAvoidingHostRoutesAndAddresses() {
        SubnetPool pool = new SubnetPool();
        pool.takeRouteLine("default via 192.0.2.1 dev eth0");
        pool.takeRouteLine("192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.2");
        pool.takeRouteLine("local 10.254.0.1 dev br-1 table local proto kernel scope host src 10.254.0.1");
        pool.take(Ipv4Block.parse("10.254.128.0/17")); // half the range used by something else
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4000; i++) {
            Ipv4Block b = pool.next();
            assertTrue(SubnetPool.RESERVED.overlaps(b), b.toString());
            assertFalse(b.overlaps(Ipv4Block.parse("10.254.0.1")), b.toString());
            assertFalse(b.overlaps(Ipv4Block.parse("10.254.128.0/17")), b.toString());
            assertTrue(seen.add(b.toString()), "handed out twice: " + b);
        }
        for (int i = 0; i < 95; i++) {
            pool.next();
        }
        assertThrows(DockerLabException.class, pool::next, "8192 - 4096 - 1 blocks, then none");
    }

    @Test
    void topologiesMayNotUseDockersRangeNorLinkARouterToItself() {
        RouterSpec r1 = new RouterSpec("r1", RouterKind.FRR, Map.of("lo", List.of("10.254.1.1/32")), List.of(), "",
                List.of(), Map.of());
        Topology t = new Topology("bad", List.of(r1),
                List.of(new LinkSpec(new Endpoint("r1", "a"), new Endpoint("r1", "b"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopologyCheck.check(t));
        assertTrue(e.getMessage().contains("10.254.1.1/32") && e.getMessage().contains("joins a router to itself"),
                e.getMessage());
    }
}
