package dev.ferry.ospfd.core.fsm;

import java.util.List;

/**
 * The outcome of one interface event.
 *
 * @param next     the state to store (equal to the old one when the event changed nothing)
 * @param actions  what to do, in order
 * @param election the DR and BDR to store when the transition ran the election (RFC 2328 9.4), else null
 */
public record InterfaceTransition(InterfaceState next, List<InterfaceAction> actions, Election election) {
    public InterfaceTransition {
        actions = List.copyOf(actions);
    }

    /** No state change, nothing to do. */
    static InterfaceTransition unchanged(InterfaceState state) {
        return new InterfaceTransition(state, List.of(), null);
    }
}
