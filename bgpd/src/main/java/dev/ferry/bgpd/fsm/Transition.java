package dev.ferry.bgpd.fsm;

import java.util.List;

/** The FSM's answer to one event: the state to enter and the side effects to perform, in order. */
public record Transition(BgpState next, List<FsmAction> actions) {
    public Transition {
        actions = List.copyOf(actions);
    }

    static Transition to(BgpState next, FsmAction... actions) {
        return new Transition(next, List.of(actions));
    }
}
