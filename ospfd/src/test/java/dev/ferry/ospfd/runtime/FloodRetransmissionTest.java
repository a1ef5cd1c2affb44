package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * RFC 2328 13.3 step 1d and 13.6: an LSA a router receives and floods on stays on the retransmission list of
 * each neighbor it went to until that neighbor acknowledges it. The seed MPLS L3VPN lab (three Ferry routers,
 * PE1 - PR - PE2, PR the DR of both LANs) lost one flooded update: PE2's router-LSA that lists its transit link
 * reached PR but never PE1, and PR, which had dropped it from PE1's retransmission list as soon as it flooded
 * it, never sent it again; PE1 kept the stub-link instance and had no route to PE2.
 */
class FloodRetransmissionTest {
    private static final int PE1 = RouterIds.parse("1.1.1.1");
    private static final int PE2 = RouterIds.parse("2.2.2.2");
    private static final int PR = RouterIds.parse("9.9.9.9");
    private static final LsaKey PE2_ROUTER_LSA = new LsaKey(LsaTypes.V2_ROUTER, PE2, PE2);

    @Test
    void aFloodedUpdateThatIsLostIsRetransmittedUntilAcknowledged() throws Exception {
        try (InMemoryLab lab = new InMemoryLab()) {
            InMemoryLab.Node pr = lab.router("PR", "9.9.9.9");
            InMemoryLab.Node pe1 = lab.router("PE1", "1.1.1.1");
            lab.attach(pr, "lan1", 2, "10.1.1.254", 24);
            lab.attach(pr, "lan2", 3, "10.1.2.254", 24);
            lab.attach(pe1, "lan1", 2, "10.1.1.1", 24);
            awaitFull(pe1, "lan1", PR);
            awaitFull(pr, "lan1", PE1);

            AtomicBoolean lostOne = new AtomicBoolean();
            lab.drop(d -> d.from() == pr && d.to() == pe1 && d.packet().body() instanceof LinkStateUpdate u
                    && u.lsas().stream().anyMatch(FloodRetransmissionTest::pe2ListsTransitLink)
                    && lostOne.compareAndSet(false, true));

            InMemoryLab.Node pe2 = lab.router("PE2", "2.2.2.2");
            lab.attach(pe2, "lan2", 2, "10.1.2.2", 24);
            awaitFull(pr, "lan2", PE2);
            LiveAdjacency.await(() -> pe2ListsTransitLink(lookup(pr)),
                    "PR holds PE2's router-LSA with its transit link");
            assertFalse(lab.dropped.isEmpty(), "the flood of PE2's transit-link router-LSA to PE1 was lost");

            LiveAdjacency.await(() -> {
                Lsa atPr = lookup(pr);
                Lsa atPe1 = lookup(pe1);
                return atPe1 != null && atPe1.header().sequence() == atPr.header().sequence();
            }, "PE1 gets PE2's router-LSA again from PR's retransmission list");
            Lsa atPe1 = lookup(pe1);
            assertNotNull(atPe1);
            assertEquals(lookup(pr).header().sequence(), atPe1.header().sequence());
        }
    }

    private static boolean pe2ListsTransitLink(Lsa lsa) {
        return lsa != null && lsa.key().equals(PE2_ROUTER_LSA) && lsa.body() instanceof RouterLsaV2 r
                && r.links().stream().anyMatch(l -> l.type() == RouterLsaV2.TRANSIT);
    }

    private static Lsa lookup(InMemoryLab.Node node) {
        try {
            return node.lookup(PE2_ROUTER_LSA);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitFull(InMemoryLab.Node node, String segment, int neighbor) throws InterruptedException {
        LiveAdjacency.await(() -> {
            try {
                return node.neighborState(segment, neighbor) == NeighborState.FULL;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, node.name + " Full with " + RouterIds.format(neighbor) + " on " + segment, 30);
    }
}
