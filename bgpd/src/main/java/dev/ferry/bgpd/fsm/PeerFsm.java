package dev.ferry.bgpd.fsm;

import java.util.List;
import java.util.Objects;

/**
 * One connection's FSM state, and the single place where it changes. Not thread-safe: the peer's events must
 * be delivered from its one executor. The runtime performs the returned actions in order; the listener hears
 * every real state change (FRR's Established/dropped counters, uptime, "Last reset" and log lines hang there).
 */
public final class PeerFsm {
    /** Told after the state changed, before the actions are performed. */
    @FunctionalInterface
    public interface StateChangeListener {
        void stateChanged(BgpState from, BgpState to, FsmEvent cause);
    }

    private final StateChangeListener listener;
    private BgpState state = BgpState.IDLE;

    public PeerFsm(StateChangeListener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    public BgpState state() {
        return state;
    }

    /** Applies {@code event} and returns the actions to perform. */
    public List<FsmAction> fire(FsmEvent event) {
        Transition transition = BgpFsm.next(state, event);
        BgpState previous = state;
        state = transition.next();
        if (previous != state) {
            listener.stateChanged(previous, state, event);
        }
        return transition.actions();
    }
}
