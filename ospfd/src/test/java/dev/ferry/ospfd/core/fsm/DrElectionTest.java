package dev.ferry.ospfd.core.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 2328 9.4 from one router's point of view: each case is a set of Hellos and the calculating router's view. */
class DrElectionTest {
    private static int ip(String dotted) {
        return RouterIds.parse(dotted);
    }

    /** A v2 router whose interface address is 10.0.0.N and whose Router ID is N.N.N.N. */
    private static Candidate v2(int n, int priority, int declaredDr, int declaredBdr) {
        return new Candidate(ip(n + "." + n + "." + n + "." + n), addr(n), priority, declaredDr, declaredBdr);
    }

    private static int addr(int n) {
        return ip("10.0.0." + n);
    }

    private static Election elect(Candidate self, Candidate... neighbors) {
        return DrElection.elect(new ElectionInput(self, List.of(neighbors)));
    }

    @Test
    void freshLanElectsHighestPriorityDrAndNextBdr() {
        // Everyone just left Waiting: nobody declares anything yet.
        Candidate r1 = v2(1, 1, 0, 0);
        Candidate r2 = v2(2, 10, 0, 0);
        Candidate r3 = v2(3, 5, 0, 0);
        // From r1's point of view: the first pass makes r2 both BDR and DR (nobody declared DR); r1's own role does
        // not change, so that is the answer until r2 speaks.
        assertEquals(new Election(addr(2), addr(2)), elect(r1, r2, r3));
        // From r2's point of view: it becomes DR in the first pass, so step 4 re-runs and gives BDR to r3.
        Election fromR2 = elect(r2, r1, r3);
        assertEquals(new Election(addr(2), addr(3)), fromR2);
        assertEquals(InterfaceState.DR, fromR2.stateFor(addr(2)));
        // Once r2 declares DR=r2 and BDR=r3, r1 agrees.
        assertEquals(new Election(addr(2), addr(3)), elect(r1, v2(2, 10, addr(2), addr(3)), r3));
    }

    @Test
    void existingDrIsKeptWhenAHigherPriorityRouterJoins() {
        Candidate dr = v2(1, 1, addr(1), addr(2));
        Candidate bdr = v2(2, 1, addr(1), addr(2));
        Candidate newcomer = v2(3, 200, 0, 0);
        assertEquals(new Election(addr(1), addr(2)), elect(newcomer, dr, bdr));
        assertEquals(new Election(addr(1), addr(2)), elect(dr, bdr, newcomer));
        assertEquals(InterfaceState.DR_OTHER, elect(newcomer, dr, bdr).stateFor(addr(3)));
    }

    @Test
    void existingBdrIsKeptToo() {
        Candidate dr = v2(1, 1, addr(1), addr(2));
        Candidate bdr = v2(2, 1, addr(1), addr(2));
        Candidate newcomer = v2(3, 200, addr(1), addr(2));
        assertEquals(new Election(addr(1), addr(2)), elect(newcomer, dr, bdr));
    }

    @Test
    void priorityZeroIsNeverElectedEvenWhenDeclaring() {
        Candidate self = v2(1, 0, 0, 0);
        // Router 2 has priority 0 but claims to be DR (misconfiguration or a priority just set to 0).
        Candidate claimant = v2(2, 0, addr(2), 0);
        Candidate eligible = v2(3, 1, addr(2), 0);
        assertEquals(new Election(addr(3), addr(3)), elect(self, claimant, eligible));
        assertEquals(Election.NONE, elect(self, v2(2, 0, 0, 0)));
        assertEquals(Election.NONE, elect(v2(1, 0, 0, 0)));
    }

    @Test
    void bdrIsPromotedWhenTheDrDies() {
        // DR 10.0.0.1 is gone; we (10.0.0.3, a DROther) and the BDR (10.0.0.2) remain, still declaring the old pair.
        Candidate bdr = v2(2, 1, addr(1), addr(2));
        Candidate self = v2(3, 1, addr(1), addr(2));
        // We see the BDR as the only BDR claimant, and as DR since nobody claims DR: it is both until it re-runs.
        assertEquals(new Election(addr(2), addr(2)), elect(self, bdr));
        // The BDR's own election: it becomes DR, re-runs step 2 without itself and picks us.
        assertEquals(new Election(addr(2), addr(3)), elect(bdr, self));
    }

    @Test
    void selfPromotionRerunsStepFourSoNoRouterIsBothDrAndBdr() {
        // We are the BDR, the DR died, two DROthers remain with declarations naming the dead DR.
        Candidate self = v2(5, 1, addr(9), addr(5));
        Candidate low = v2(1, 1, addr(9), addr(5));
        Candidate high = v2(2, 3, addr(9), addr(5));
        Election e = elect(self, low, high);
        assertEquals(new Election(addr(5), addr(2)), e);
        assertEquals(InterfaceState.DR, e.stateFor(addr(5)));
    }

    @Test
    void losingTheDrRoleAlsoReruns() {
        // We declare ourselves DR, a higher-priority router also does (a partition healed), and a third router
        // declares itself BDR. The first pass gives DR to the other claimant: we are newly not DR, so step 4 re-runs
        // with us declaring the new pair. The declared BDR keeps its role (declaring beats our higher priority).
        Candidate self = v2(1, 5, addr(1), addr(3));
        Candidate otherDr = v2(2, 9, addr(2), 0);
        Candidate declaredBdr = v2(3, 1, addr(2), addr(3));
        assertEquals(new Election(addr(2), addr(3)), elect(self, otherDr, declaredBdr));
        // Without a declared BDR, the re-run makes us BDR (we are no longer excluded as a DR claimant).
        assertEquals(new Election(addr(2), addr(1)), elect(self, otherDr, v2(3, 1, addr(2), 0)));
    }

    @Test
    void aRouterDeclaringDrIsNotEligibleForBdr() {
        // Two routers claim DR; the loser must not become BDR in the same pass (it keeps declaring DR).
        Candidate self = v2(1, 1, 0, 0);
        Candidate drA = v2(2, 5, addr(2), 0);
        Candidate drB = v2(3, 4, addr(3), 0);
        assertEquals(new Election(addr(2), addr(1)), elect(self, drA, drB));
    }

    @Test
    void declaredBdrBeatsAHigherPriorityUndeclaredOne() {
        Candidate self = v2(1, 1, addr(4), addr(2));
        Candidate bdr = v2(2, 1, addr(4), addr(2));
        Candidate strong = v2(3, 100, addr(4), addr(2));
        Candidate dr = v2(4, 1, addr(4), addr(2));
        assertEquals(new Election(addr(4), addr(2)), elect(self, bdr, strong, dr));
    }

    @Test
    void priorityTiesGoToTheHighestRouterIdComparedUnsigned() {
        // Router IDs 200.0.0.1 (negative as an int) and 10.0.0.9: 200.0.0.1 wins.
        Candidate self = new Candidate(ip("10.0.0.9"), addr(9), 1, 0, 0);
        Candidate high = new Candidate(ip("200.0.0.1"), addr(1), 1, 0, 0);
        Candidate mid = new Candidate(ip("100.0.0.1"), addr(2), 1, 0, 0);
        assertEquals(new Election(addr(1), addr(1)), elect(self, high, mid));
        // From the winner's point of view: DR itself, BDR the next highest Router ID.
        assertEquals(new Election(addr(1), addr(2)), elect(high, self, mid));
        // Priority beats Router ID.
        Candidate strongLow = new Candidate(ip("1.0.0.1"), addr(3), 2, 0, 0);
        assertEquals(new Election(addr(3), addr(3)), elect(self, high, mid, strongLow));
    }

    @Test
    void ospfv3NamesRoutersByRouterId() {
        int a = ip("1.1.1.1");
        int b = ip("2.2.2.2");
        int c = ip("3.3.3.3");
        Candidate self = Candidate.v3(a, 1, 0, 0);
        Candidate nb = Candidate.v3(b, 1, 0, 0);
        Candidate nc = Candidate.v3(c, 1, 0, 0);
        var in = new ElectionInput(nc, List.of(self, nb));
        Election e = DrElection.elect(in);
        assertEquals(new Election(c, b), e);
        assertEquals(c, e.drRouterId(in));
        assertEquals(b, e.bdrRouterId(in));
        // Two routers of priority 1: the higher Router ID is DR, the other BDR (as in FRR's F1/F2 lab).
        assertEquals(new Election(b, a), DrElection.elect(new ElectionInput(nb, List.of(self))));
        assertEquals(new Election(b, a),
                DrElection.elect(new ElectionInput(Candidate.v3(a, 1, 0, 0), List.of(Candidate.v3(b, 1, b, a)))));
    }

    @Test
    void v2ResultMapsBackToRouterIds() {
        Candidate self = v2(1, 1, 0, 0);
        Candidate other = v2(2, 2, 0, 0);
        var in = new ElectionInput(other, List.of(self));
        Election e = DrElection.elect(in);
        assertEquals(new Election(addr(2), addr(1)), e);
        assertEquals(ip("2.2.2.2"), e.drRouterId(in));
        assertEquals(ip("1.1.1.1"), e.bdrRouterId(in));
        assertEquals(0, Election.NONE.drRouterId(in));
        assertEquals(0, new Election(addr(7), 0).drRouterId(in));
    }
}
