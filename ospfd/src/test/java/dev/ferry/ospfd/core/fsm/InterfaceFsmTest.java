package dev.ferry.ospfd.core.fsm;

import static dev.ferry.ospfd.core.fsm.InterfaceAction.*;
import static dev.ferry.ospfd.core.fsm.InterfaceEvent.*;
import static dev.ferry.ospfd.core.fsm.InterfaceKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ospfd.wire.RouterIds;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RFC 2328 9.3, row by row, and the state-change side effects. */
class InterfaceFsmTest {
    private static final int SELF = RouterIds.parse("10.0.0.1");
    private static final int OTHER = RouterIds.parse("10.0.0.2");

    private static Candidate self(int priority, int dr, int bdr) {
        return new Candidate(RouterIds.parse("1.1.1.1"), SELF, priority, dr, bdr);
    }

    private static Candidate other(int priority, int dr, int bdr) {
        return new Candidate(RouterIds.parse("2.2.2.2"), OTHER, priority, dr, bdr);
    }

    /** A LAN where only this router is up: it elects itself DR. */
    private static final ElectionInput ALONE = new ElectionInput(self(1, 0, 0), List.of());

    private static InterfaceTransition apply(InterfaceState s, InterfaceEvent e, InterfaceKind kind, int prio,
            ElectionInput in) {
        return InterfaceFsm.apply(s, e, kind, prio, in);
    }

    private static void assertTransition(InterfaceTransition t, InterfaceState next, InterfaceAction... actions) {
        assertEquals(next, t.next());
        assertEquals(List.of(actions), t.actions());
    }

    @Test
    void interfaceUpOnBroadcastWaits() {
        var t = apply(InterfaceState.DOWN, INTERFACE_UP, BROADCAST, 1, null);
        assertTransition(t, InterfaceState.WAITING, START_HELLO_TIMER, START_WAIT_TIMER, ORIGINATE_ROUTER_LSA);
        assertNull(t.election());
    }

    @Test
    void interfaceUpWithPriorityZeroIsDrOtherAtOnce() {
        assertTransition(apply(InterfaceState.DOWN, INTERFACE_UP, BROADCAST, 0, null), InterfaceState.DR_OTHER,
                START_HELLO_TIMER, ORIGINATE_ROUTER_LSA);
    }

    @Test
    void interfaceUpOnNbmaStartsEligibleNeighbors() {
        assertTransition(apply(InterfaceState.DOWN, INTERFACE_UP, NBMA, 1, null), InterfaceState.WAITING,
                START_HELLO_TIMER, START_WAIT_TIMER, START_ELIGIBLE_NBMA_NEIGHBORS, ORIGINATE_ROUTER_LSA);
        assertTransition(apply(InterfaceState.DOWN, INTERFACE_UP, NBMA, 0, null), InterfaceState.DR_OTHER,
                START_HELLO_TIMER, START_ELIGIBLE_NBMA_NEIGHBORS, ORIGINATE_ROUTER_LSA);
    }

    @ParameterizedTest
    @EnumSource(value = InterfaceKind.class, names = {"POINT_TO_POINT", "POINT_TO_MULTIPOINT", "VIRTUAL_LINK"})
    void interfaceUpOnPointToPointKindsIsPointToPointWhateverThePriority(InterfaceKind kind) {
        for (int prio : new int[] {0, 1, 255}) {
            assertTransition(apply(InterfaceState.DOWN, INTERFACE_UP, kind, prio, null),
                    InterfaceState.POINT_TO_POINT, START_HELLO_TIMER, ORIGINATE_ROUTER_LSA);
        }
    }

    @Test
    void interfaceUpOnLoopbackDeviceIsLoopbackWithoutHellos() {
        assertTransition(apply(InterfaceState.DOWN, INTERFACE_UP, LOOPBACK, 1, null), InterfaceState.LOOPBACK,
                ORIGINATE_ROUTER_LSA);
    }

    @Test
    void waitTimerElectsAloneRouterDr() {
        var t = apply(InterfaceState.WAITING, WAIT_TIMER, BROADCAST, 1, ALONE);
        assertTransition(t, InterfaceState.DR, JOIN_ALL_DROUTERS, ORIGINATE_NETWORK_LSA, ORIGINATE_ROUTER_LSA,
                NEIGHBORS_ADJ_OK);
        assertEquals(new Election(SELF, 0), t.election());
    }

    @Test
    void backupSeenStopsTheWaitTimerAndElects() {
        // The neighbor is DR and declares no BDR: we become BDR.
        var in = new ElectionInput(self(1, 0, 0), List.of(other(1, OTHER, 0)));
        var t = apply(InterfaceState.WAITING, BACKUP_SEEN, BROADCAST, 1, in);
        assertTransition(t, InterfaceState.BACKUP, STOP_WAIT_TIMER, JOIN_ALL_DROUTERS, ORIGINATE_ROUTER_LSA,
                NEIGHBORS_ADJ_OK);
        assertEquals(new Election(OTHER, SELF), t.election());
    }

    @Test
    void waitTimerWithPriorityZeroSelfGivesDrOther() {
        var in = new ElectionInput(self(0, 0, 0), List.of(other(1, OTHER, 0)));
        var t = apply(InterfaceState.WAITING, WAIT_TIMER, BROADCAST, 0, in);
        assertTransition(t, InterfaceState.DR_OTHER, ORIGINATE_ROUTER_LSA, NEIGHBORS_ADJ_OK);
        // The neighbor declares itself DR, so it may not be BDR too, and we are not eligible: no BDR.
        assertEquals(new Election(OTHER, 0), t.election());
    }

    @Test
    void neighborChangeWithNothingNewRunsTheElectionButDoesNothing() {
        var in = new ElectionInput(self(1, OTHER, SELF), List.of(other(1, OTHER, SELF)));
        var t = apply(InterfaceState.BACKUP, NEIGHBOR_CHANGE, BROADCAST, 1, in);
        assertTransition(t, InterfaceState.BACKUP);
        assertEquals(new Election(OTHER, SELF), t.election());
    }

    @Test
    void backupTakesOverWhenTheDrDisappears() {
        // We were BDR, the DR (10.0.0.3) is gone, the remaining neighbor is a DROther.
        int deadDr = RouterIds.parse("10.0.0.3");
        var in = new ElectionInput(self(1, deadDr, SELF), List.of(other(1, deadDr, SELF)));
        var t = apply(InterfaceState.BACKUP, NEIGHBOR_CHANGE, BROADCAST, 1, in);
        assertTransition(t, InterfaceState.DR, ORIGINATE_NETWORK_LSA, ORIGINATE_ROUTER_LSA, NEIGHBORS_ADJ_OK);
        assertEquals(new Election(SELF, OTHER), t.election());
    }

    @Test
    void drStepsDownWhenAnotherDrIsDeclaredWithHigherPriority() {
        // Two DRs after a partition heals: the higher priority one stays, we become BDR (no longer DR).
        var in = new ElectionInput(self(1, SELF, 0), List.of(other(5, OTHER, 0)));
        var t = apply(InterfaceState.DR, NEIGHBOR_CHANGE, BROADCAST, 1, in);
        assertTransition(t, InterfaceState.BACKUP, FLUSH_NETWORK_LSA, ORIGINATE_ROUTER_LSA, NEIGHBORS_ADJ_OK);
        assertEquals(new Election(OTHER, SELF), t.election());
    }

    @Test
    void drOtherSeesTheDrChangeWithoutChangingState() {
        int third = RouterIds.parse("10.0.0.3");
        var thirdRouter = new Candidate(RouterIds.parse("3.3.3.3"), third, 1, third, OTHER);
        // Old view: DR 10.0.0.2, BDR 10.0.0.3; now 10.0.0.3 claims DR and 10.0.0.2 claims BDR.
        var in = new ElectionInput(self(0, OTHER, third), List.of(other(1, third, OTHER), thirdRouter));
        var t = apply(InterfaceState.DR_OTHER, NEIGHBOR_CHANGE, BROADCAST, 0, in);
        assertTransition(t, InterfaceState.DR_OTHER, ORIGINATE_ROUTER_LSA, NEIGHBORS_ADJ_OK);
        assertEquals(new Election(third, OTHER), t.election());
    }

    @Test
    void onlyTheBdrChangingNeedsAdjOkButNoNewRouterLsa() {
        int third = RouterIds.parse("10.0.0.3");
        var thirdRouter = new Candidate(RouterIds.parse("3.3.3.3"), third, 1, OTHER, 0);
        // DR 10.0.0.2 stays; the BDR (old: 10.0.0.4, gone) becomes 10.0.0.3; we have priority 0.
        int gone = RouterIds.parse("10.0.0.4");
        var in = new ElectionInput(self(0, OTHER, gone), List.of(other(1, OTHER, gone), thirdRouter));
        var t = apply(InterfaceState.DR_OTHER, NEIGHBOR_CHANGE, BROADCAST, 0, in);
        assertTransition(t, InterfaceState.DR_OTHER, NEIGHBORS_ADJ_OK);
        assertEquals(new Election(OTHER, third), t.election());
    }

    @Test
    void becomingDrOnNbmaStartsIneligibleNeighbors() {
        var t = apply(InterfaceState.WAITING, WAIT_TIMER, NBMA, 1, ALONE);
        assertTransition(t, InterfaceState.DR, JOIN_ALL_DROUTERS, ORIGINATE_NETWORK_LSA, ORIGINATE_ROUTER_LSA,
                START_INELIGIBLE_NBMA_NEIGHBORS, NEIGHBORS_ADJ_OK);
        // Backup to DR on NBMA: already sending to ineligible neighbors, already in AllDRouters.
        int deadDr = RouterIds.parse("10.0.0.3");
        var in = new ElectionInput(self(1, deadDr, SELF), List.of(other(1, deadDr, SELF)));
        assertTransition(apply(InterfaceState.BACKUP, NEIGHBOR_CHANGE, NBMA, 1, in), InterfaceState.DR,
                ORIGINATE_NETWORK_LSA, ORIGINATE_ROUTER_LSA, NEIGHBORS_ADJ_OK);
    }

    @Test
    void electionRowsNeedTheirInput() {
        assertThrows(NullPointerException.class,
                () -> apply(InterfaceState.WAITING, WAIT_TIMER, BROADCAST, 1, null));
    }

    @ParameterizedTest
    @EnumSource(InterfaceState.class)
    void interfaceDownFromAnyState(InterfaceState s) {
        var t = apply(s, INTERFACE_DOWN, BROADCAST, 1, null);
        assertEquals(InterfaceState.DOWN, t.next());
        assertNull(t.election());
        assertEquals(List.of(STOP_HELLO_TIMER, STOP_WAIT_TIMER, RESET_NEIGHBORS, RESET_VARIABLES),
                t.actions().subList(0, 4));
        assertEquals(stateChangeActions(s, InterfaceState.DOWN), t.actions().subList(4, t.actions().size()));
    }

    @ParameterizedTest
    @EnumSource(InterfaceState.class)
    void loopIndFromAnyState(InterfaceState s) {
        var t = apply(s, LOOP_IND, BROADCAST, 1, null);
        assertEquals(InterfaceState.LOOPBACK, t.next());
        assertEquals(List.of(STOP_HELLO_TIMER, STOP_WAIT_TIMER, RESET_NEIGHBORS, RESET_VARIABLES),
                t.actions().subList(0, 4));
        assertEquals(stateChangeActions(s, InterfaceState.LOOPBACK), t.actions().subList(4, t.actions().size()));
    }

    /** What leaving {@code s} for a state that is neither DR nor Backup must do, written out per state. */
    private static List<InterfaceAction> stateChangeActions(InterfaceState s, InterfaceState next) {
        if (s == next) {
            return List.of();
        }
        return switch (s) {
            case DR -> List.of(LEAVE_ALL_DROUTERS, FLUSH_NETWORK_LSA, ORIGINATE_ROUTER_LSA);
            case BACKUP -> List.of(LEAVE_ALL_DROUTERS, ORIGINATE_ROUTER_LSA);
            default -> List.of(ORIGINATE_ROUTER_LSA);
        };
    }

    @Test
    void interfaceDownFromDrLeavesEverything() {
        assertTransition(apply(InterfaceState.DR, INTERFACE_DOWN, NBMA, 1, null), InterfaceState.DOWN,
                STOP_HELLO_TIMER, STOP_WAIT_TIMER, RESET_NEIGHBORS, RESET_VARIABLES, LEAVE_ALL_DROUTERS,
                FLUSH_NETWORK_LSA, ORIGINATE_ROUTER_LSA);
    }

    @Test
    void unloopIndGoesDown() {
        assertTransition(apply(InterfaceState.LOOPBACK, UNLOOP_IND, BROADCAST, 1, null), InterfaceState.DOWN,
                ORIGINATE_ROUTER_LSA);
    }

    /** The pairs RFC 2328 9.3 does not list: nothing happens, and no election runs. */
    @Test
    void unlistedPairsChangeNothing() {
        var listed = Set.of(
                pair(InterfaceState.DOWN, INTERFACE_UP),
                pair(InterfaceState.WAITING, BACKUP_SEEN),
                pair(InterfaceState.WAITING, WAIT_TIMER),
                pair(InterfaceState.DR_OTHER, NEIGHBOR_CHANGE),
                pair(InterfaceState.BACKUP, NEIGHBOR_CHANGE),
                pair(InterfaceState.DR, NEIGHBOR_CHANGE),
                pair(InterfaceState.LOOPBACK, UNLOOP_IND));
        int checked = 0;
        for (InterfaceState s : InterfaceState.values()) {
            for (InterfaceEvent e : EnumSet.complementOf(EnumSet.of(INTERFACE_DOWN, LOOP_IND))) {
                if (listed.contains(pair(s, e))) {
                    continue;
                }
                for (InterfaceKind kind : InterfaceKind.values()) {
                    var t = apply(s, e, kind, 1, ALONE);
                    assertEquals(new InterfaceTransition(s, List.of(), null), t, s + " " + e + " " + kind);
                    checked++;
                }
            }
        }
        assertEquals((7 * 5 - 7) * InterfaceKind.values().length, checked);
    }

    private static String pair(InterfaceState s, InterfaceEvent e) {
        return s + "/" + e;
    }

    @Test
    void frrNames() {
        assertEquals(List.of("Down", "Loopback", "Waiting", "Point-To-Point", "DROther", "Backup", "DR"),
                java.util.Arrays.stream(InterfaceState.values()).map(InterfaceState::frrName).toList());
        assertEquals(List.of("Down", "Loopback", "Waiting", "PointToPoint", "DROther", "BDR", "DR"),
                java.util.Arrays.stream(InterfaceState.values()).map(InterfaceState::frr6Name).toList());
    }
}
