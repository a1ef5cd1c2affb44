package dev.ferry.ospfd.core.fsm;

import static dev.ferry.ospfd.core.fsm.InterfaceAction.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The interface state machine of RFC 2328 9.3 (RFC 5340 4.2 for OSPFv3) as a pure function. Rows:
 *
 * <pre>
 * State      Event                       Next                    Actions
 * Down       InterfaceUp                 P2P / DROther / Waiting start Hello timer; Waiting: start Wait timer;
 *                                                                NBMA: Start to eligible neighbors
 *            (kind LOOPBACK)             Loopback                (FRR: loopback devices sit in Loopback)
 * Waiting    BackupSeen                  DR / Backup / DROther   stop Wait timer, elect DR
 * Waiting    WaitTimer                   DR / Backup / DROther   elect DR
 * DROther, Backup, DR  NeighborChange    DR / Backup / DROther   elect DR
 * any        InterfaceDown               Down                    stop timers, KillNbr to all, reset DR/BDR
 * any        LoopInd                     Loopback                stop timers, KillNbr to all, reset DR/BDR
 * Loopback   UnloopInd                   Down                    -
 * </pre>
 *
 * Every other pair leaves the state unchanged with no actions: InterfaceUp outside Down, WaitTimer and BackupSeen
 * outside Waiting, NeighborChange in Down, Loopback, Waiting or Point-To-Point, UnloopInd outside Loopback.
 *
 * <p>After the event's own actions come those of the state change, in this order: AllDRouters membership, the
 * Network-LSA (originated on becoming DR, flushed on ceasing to be DR), the Router-LSA (any state change, or a new
 * DR), on NBMA Start to ineligible neighbors on becoming DR or BDR, and AdjOK? to the neighbors when the DR or BDR
 * changed.
 */
public final class InterfaceFsm {
    private InterfaceFsm() {
    }

    /**
     * @param priority the interface's Router Priority (0: never DR), used by InterfaceUp
     * @param election who takes part in the election, read only by the rows that run it (may be null otherwise)
     */
    public static InterfaceTransition apply(InterfaceState state, InterfaceEvent event, InterfaceKind kind,
            int priority, ElectionInput election) {
        return switch (event) {
            case INTERFACE_UP -> state == InterfaceState.DOWN ? interfaceUp(kind, priority)
                    : InterfaceTransition.unchanged(state);
            case WAIT_TIMER -> state == InterfaceState.WAITING ? elect(state, kind, election, List.of())
                    : InterfaceTransition.unchanged(state);
            case BACKUP_SEEN -> state == InterfaceState.WAITING ? elect(state, kind, election, List.of(STOP_WAIT_TIMER))
                    : InterfaceTransition.unchanged(state);
            case NEIGHBOR_CHANGE -> switch (state) {
                case DR_OTHER, BACKUP, DR -> elect(state, kind, election, List.of());
                default -> InterfaceTransition.unchanged(state);
            };
            case INTERFACE_DOWN -> shutDown(state, InterfaceState.DOWN);
            case LOOP_IND -> shutDown(state, InterfaceState.LOOPBACK);
            case UNLOOP_IND -> state == InterfaceState.LOOPBACK
                    ? changed(state, InterfaceState.DOWN, List.of(), kind)
                    : InterfaceTransition.unchanged(state);
        };
    }

    private static InterfaceTransition interfaceUp(InterfaceKind kind, int priority) {
        List<InterfaceAction> actions = new ArrayList<>();
        InterfaceState next;
        if (kind == InterfaceKind.LOOPBACK) {
            next = InterfaceState.LOOPBACK;
        } else if (!kind.electsDr()) {
            next = InterfaceState.POINT_TO_POINT;
            actions.add(START_HELLO_TIMER);
        } else {
            actions.add(START_HELLO_TIMER);
            if (priority > 0) {
                next = InterfaceState.WAITING;
                actions.add(START_WAIT_TIMER);
            } else {
                next = InterfaceState.DR_OTHER;
            }
            if (kind == InterfaceKind.NBMA) {
                actions.add(START_ELIGIBLE_NBMA_NEIGHBORS);
            }
        }
        return changed(InterfaceState.DOWN, next, actions, kind);
    }

    private static InterfaceTransition elect(InterfaceState state, InterfaceKind kind, ElectionInput input,
            List<InterfaceAction> first) {
        Objects.requireNonNull(input, "this transition runs the DR election");
        Election result = DrElection.elect(input);
        InterfaceState next = result.stateFor(input.self().id());
        List<InterfaceAction> actions = new ArrayList<>(first);
        Candidate self = input.self();
        boolean drChanged = result.dr() != self.declaredDr();
        boolean bdrChanged = result.bdr() != self.declaredBdr();
        actions.addAll(stateChange(state, next, kind, drChanged));
        if (drChanged || bdrChanged) {
            actions.add(NEIGHBORS_ADJ_OK);
        }
        return new InterfaceTransition(next, actions, result);
    }

    /** InterfaceDown and LoopInd: "any state", all timers off, every neighbor killed, DR and BDR forgotten. */
    private static InterfaceTransition shutDown(InterfaceState state, InterfaceState next) {
        List<InterfaceAction> actions = new ArrayList<>(
                List.of(STOP_HELLO_TIMER, STOP_WAIT_TIMER, RESET_NEIGHBORS, RESET_VARIABLES));
        actions.addAll(stateChange(state, next, null, false));
        return new InterfaceTransition(next, actions, null);
    }

    private static InterfaceTransition changed(InterfaceState state, InterfaceState next,
            List<InterfaceAction> eventActions, InterfaceKind kind) {
        List<InterfaceAction> actions = new ArrayList<>(eventActions);
        actions.addAll(stateChange(state, next, kind, false));
        return new InterfaceTransition(next, actions, null);
    }

    /** The side effects of going from {@code old} to {@code next} (none when equal, unless the DR changed). */
    private static List<InterfaceAction> stateChange(InterfaceState old, InterfaceState next, InterfaceKind kind,
            boolean drChanged) {
        List<InterfaceAction> actions = new ArrayList<>();
        if (!old.isDrOrBackup() && next.isDrOrBackup()) {
            actions.add(JOIN_ALL_DROUTERS);
        } else if (old.isDrOrBackup() && !next.isDrOrBackup()) {
            actions.add(LEAVE_ALL_DROUTERS);
        }
        if (old != InterfaceState.DR && next == InterfaceState.DR) {
            actions.add(ORIGINATE_NETWORK_LSA);
        } else if (old == InterfaceState.DR && next != InterfaceState.DR) {
            actions.add(FLUSH_NETWORK_LSA);
        }
        if (old != next || drChanged) {
            actions.add(ORIGINATE_ROUTER_LSA);
        }
        if (kind == InterfaceKind.NBMA && !old.isDrOrBackup() && next.isDrOrBackup()) {
            actions.add(START_INELIGIBLE_NBMA_NEIGHBORS);
        }
        return actions;
    }
}
