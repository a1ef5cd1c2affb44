package dev.ferry.ospfd.core.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.core.fsm.LanSimulation.Router;
import dev.ferry.ospfd.wire.RouterIds;
import org.junit.jupiter.api.Test;

/** The machines and the election together on a simulated LAN: who ends up DR, BDR, and adjacent to whom. */
class LanSimulationTest {
    private final LanSimulation lan = new LanSimulation();

    private Router router(int n, int priority) {
        return lan.add(new Candidate(RouterIds.parse(n + "." + n + "." + n + "." + n),
                RouterIds.parse("10.0.0." + n), priority, 0, 0));
    }

    private static void assertRole(Router r, InterfaceState state, Router dr, Router bdr) {
        assertEquals(state, r.state, "state of " + RouterIds.format(r.identity.id()));
        assertEquals(dr == null ? 0 : dr.identity.id(), r.dr, "DR seen by " + RouterIds.format(r.identity.id()));
        assertEquals(bdr == null ? 0 : bdr.identity.id(), r.bdr, "BDR seen by " + RouterIds.format(r.identity.id()));
    }

    private void assertAdjacencies(Router dr, Router bdr) {
        for (Router a : lan.routers) {
            for (Router b : lan.routers) {
                if (a == b || !a.alive || !b.alive) {
                    continue;
                }
                boolean adjacent = a == dr || a == bdr || b == dr || b == bdr;
                assertEquals(adjacent ? NeighborState.FULL : NeighborState.TWO_WAY, a.stateOf(b),
                        RouterIds.format(a.identity.id()) + " -> " + RouterIds.format(b.identity.id()));
            }
        }
    }

    @Test
    void freshLanElectsByPriority() {
        Router r1 = router(1, 1);
        Router r2 = router(2, 10);
        Router r3 = router(3, 5);
        Router r4 = router(4, 0);
        lan.routers.forEach(lan::up);
        lan.converge();
        assertRole(r2, InterfaceState.DR, r2, r3);
        assertRole(r3, InterfaceState.BACKUP, r2, r3);
        assertRole(r1, InterfaceState.DR_OTHER, r2, r3);
        assertRole(r4, InterfaceState.DR_OTHER, r2, r3);
        assertAdjacencies(r2, r3);
    }

    @Test
    void equalPrioritiesElectByRouterId() {
        Router r1 = router(1, 1);
        Router r2 = router(2, 1);
        Router r3 = router(3, 1);
        lan.routers.forEach(lan::up);
        lan.converge();
        assertRole(r3, InterfaceState.DR, r3, r2);
        assertRole(r2, InterfaceState.BACKUP, r3, r2);
        assertRole(r1, InterfaceState.DR_OTHER, r3, r2);
        assertAdjacencies(r3, r2);
    }

    @Test
    void latecomerWithHigherPriorityDoesNotPreempt() {
        Router r1 = router(1, 1);
        Router r2 = router(2, 1);
        lan.up(r1);
        lan.up(r2);
        lan.converge();
        assertRole(r2, InterfaceState.DR, r2, r1);
        Router strong = router(9, 255);
        lan.up(strong);
        lan.converge();
        assertRole(strong, InterfaceState.DR_OTHER, r2, r1);
        assertRole(r2, InterfaceState.DR, r2, r1);
        assertRole(r1, InterfaceState.BACKUP, r2, r1);
        assertAdjacencies(r2, r1);
    }

    @Test
    void bdrTakesOverWhenTheDrDies() {
        Router r1 = router(1, 1);
        Router r2 = router(2, 10);
        Router r3 = router(3, 5);
        Router r4 = router(4, 2);
        lan.routers.forEach(lan::up);
        lan.converge();
        assertRole(r2, InterfaceState.DR, r2, r3);
        lan.die(r2);
        lan.converge();
        assertRole(r3, InterfaceState.DR, r3, r4);
        assertRole(r4, InterfaceState.BACKUP, r3, r4);
        assertRole(r1, InterfaceState.DR_OTHER, r3, r4);
        assertAdjacencies(r3, r4);
        assertEquals(InterfaceState.DOWN, r2.state);
    }

    @Test
    void aLoneRouterBecomesDrAfterWaiting() {
        Router r1 = router(1, 1);
        lan.up(r1);
        assertEquals(InterfaceState.WAITING, r1.state);
        lan.converge();
        assertRole(r1, InterfaceState.DR, r1, null);
    }

    @Test
    void v3LanElectsByRouterId() {
        Router a = lan.add(Candidate.v3(RouterIds.parse("1.1.1.1"), 1, 0, 0));
        Router b = lan.add(Candidate.v3(RouterIds.parse("2.2.2.2"), 1, 0, 0));
        lan.up(a);
        lan.up(b);
        lan.converge();
        // As in FRR's F1/F2 lab: the higher Router ID is DR, the other BDR, Full both ways.
        assertRole(b, InterfaceState.DR, b, a);
        assertRole(a, InterfaceState.BACKUP, b, a);
        assertAdjacencies(b, a);
    }
}
