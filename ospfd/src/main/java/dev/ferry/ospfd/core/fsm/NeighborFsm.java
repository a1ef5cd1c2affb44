package dev.ferry.ospfd.core.fsm;

import static dev.ferry.ospfd.core.fsm.NeighborAction.*;
import static dev.ferry.ospfd.core.fsm.NeighborState.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The neighbor state machine of RFC 2328 10.3 (RFC 5340 4.2 for OSPFv3) as a pure function. Rows:
 *
 * <pre>
 * State           Event               Next                     Actions
 * Down            Start               Attempt                  send Hello, start Inactivity timer
 * Attempt         HelloReceived       Init                     restart Inactivity timer
 * Down            HelloReceived       Init                     start Inactivity timer
 * Init or higher  HelloReceived       (same)                   restart Inactivity timer
 * Init            2-WayReceived       2-Way, or ExStart if     ExStart: start the DD exchange
 *                                     adjacency should form
 * ExStart         NegotiationDone     Exchange                 list the Database summary
 * Exchange        ExchangeDone        Full if request list     stop DD retransmission; Loading: send LS Request
 *                                     empty, else Loading
 * Loading         LoadingDone         Full                     -
 * 2-Way           AdjOK?              ExStart if adjacency     start the DD exchange
 *                                     should form, else same
 * ExStart+        AdjOK?              2-Way if adjacency       stop DD retransmission, clear the lists
 *                                     should not form, else same
 * Exchange+       SeqNumberMismatch   ExStart                  clear the lists, start the DD exchange
 * Exchange+       BadLSReq            ExStart                  clear the lists, start the DD exchange
 * any             KillNbr, LLDown     Down                     (stop DD retransmission,) clear the lists,
 *                                                              stop Inactivity timer
 * any             InactivityTimer     Down                     (stop DD retransmission,) clear the lists
 * 2-Way or higher 1-WayReceived       Init                     (stop DD retransmission,) clear the lists
 * 2-Way or higher 2-WayReceived       (same)                   -
 * Init            1-WayReceived       (same)                   -
 * </pre>
 *
 * "Stop DD retransmission" is emitted when the old state is ExStart or higher. Every other pair leaves the state
 * unchanged with no actions: Start outside Down; 2-WayReceived in Down or Attempt; NegotiationDone outside ExStart;
 * ExchangeDone outside Exchange; LoadingDone outside Loading; AdjOK? below 2-Way; SeqNumberMismatch and BadLSReq
 * below Exchange; 1-WayReceived in Down or Attempt.
 *
 * <p>After the event's own actions come those of the state change: {@link NeighborAction#ORIGINATE_LSAS} when the
 * neighbor reaches or leaves Full, then {@link NeighborAction#INTERFACE_NEIGHBOR_CHANGE} when it crosses the 2-Way
 * boundary.
 */
public final class NeighborFsm {
    private NeighborFsm() {
    }

    /**
     * @param shouldBeAdjacent RFC 2328 10.4 for this neighbor now ({@link AdjacencyRule}); read by 2-WayReceived and
     *                         AdjOK?
     * @param requestListEmpty whether the Link state request list is empty; read by ExchangeDone
     */
    public static NeighborTransition apply(NeighborState s, NeighborEvent e, boolean shouldBeAdjacent,
            boolean requestListEmpty) {
        return switch (e) {
            case HELLO_RECEIVED -> to(s, s.atLeast(INIT) ? s : INIT, START_INACTIVITY_TIMER);
            case START -> s == DOWN ? to(s, ATTEMPT, SEND_HELLO, START_INACTIVITY_TIMER) : unchanged(s);
            case TWO_WAY_RECEIVED -> s != INIT ? unchanged(s)
                    : shouldBeAdjacent ? to(s, EX_START, START_DD_EXCHANGE) : to(s, TWO_WAY);
            case NEGOTIATION_DONE -> s == EX_START ? to(s, EXCHANGE, LIST_DATABASE_SUMMARY) : unchanged(s);
            case EXCHANGE_DONE -> s != EXCHANGE ? unchanged(s)
                    : requestListEmpty ? to(s, FULL, STOP_DD_RETRANSMIT)
                    : to(s, LOADING, STOP_DD_RETRANSMIT, SEND_LS_REQUEST);
            case LOADING_DONE -> s == LOADING ? to(s, FULL) : unchanged(s);
            case ADJ_OK -> adjOk(s, shouldBeAdjacent);
            case SEQ_NUMBER_MISMATCH, BAD_LS_REQ -> s.atLeast(EXCHANGE)
                    ? to(s, EX_START, CLEAR_LISTS, START_DD_EXCHANGE) : unchanged(s);
            case KILL_NBR, LL_DOWN -> tearDown(s, DOWN, STOP_INACTIVITY_TIMER);
            case INACTIVITY_TIMER -> tearDown(s, DOWN);
            case ONE_WAY_RECEIVED -> s.atLeast(TWO_WAY) ? tearDown(s, INIT) : unchanged(s);
        };
    }

    private static NeighborTransition adjOk(NeighborState s, boolean shouldBeAdjacent) {
        if (s == TWO_WAY) {
            return shouldBeAdjacent ? to(s, EX_START, START_DD_EXCHANGE) : unchanged(s);
        }
        if (s.atLeast(EX_START)) {
            return shouldBeAdjacent ? unchanged(s) : tearDown(s, TWO_WAY);
        }
        return unchanged(s);
    }

    /** Going back to {@code next}: the adjacency's lists and DD retransmission go, then {@code more}. */
    private static NeighborTransition tearDown(NeighborState s, NeighborState next, NeighborAction... more) {
        List<NeighborAction> actions = new ArrayList<>();
        if (s.atLeast(EX_START)) {
            actions.add(STOP_DD_RETRANSMIT);
        }
        actions.add(CLEAR_LISTS);
        actions.addAll(List.of(more));
        return to(s, next, actions);
    }

    private static NeighborTransition to(NeighborState s, NeighborState next, NeighborAction... actions) {
        return to(s, next, List.of(actions));
    }

    private static NeighborTransition to(NeighborState s, NeighborState next, List<NeighborAction> eventActions) {
        List<NeighborAction> actions = new ArrayList<>(eventActions);
        if ((s == FULL) != (next == FULL)) {
            actions.add(ORIGINATE_LSAS);
        }
        if (s.isBidirectional() != next.isBidirectional()) {
            actions.add(INTERFACE_NEIGHBOR_CHANGE);
        }
        return new NeighborTransition(next, actions);
    }

    private static NeighborTransition unchanged(NeighborState s) {
        return NeighborTransition.unchanged(s);
    }
}
