package dev.ferry.ospfd.core.fsm;

import java.util.List;

/** The outcome of one neighbor event: the state to store (unchanged when nothing happens) and what to do, in order. */
public record NeighborTransition(NeighborState next, List<NeighborAction> actions) {
    public NeighborTransition {
        actions = List.copyOf(actions);
    }

    static NeighborTransition unchanged(NeighborState state) {
        return new NeighborTransition(state, List.of());
    }
}
