package dev.ferry.ldpd.session;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * One neighbor's session state, and the single place where it changes: {@link #fire} asks {@link SessionFsm} for
 * the transition, records the new state and when it was entered (FRR's uptime), tells the listener (the
 * {@code nbr_fsm} debug log, the show commands) and returns the actions for the caller to run in order. It belongs
 * to the daemon's event loop, like every protocol object, and takes no lock.
 */
public final class SessionMachine {

    /** Told of every real state change, after it is recorded. */
    @FunctionalInterface
    public interface StateChangeListener {
        void stateChanged(SessionState from, SessionState to, SessionEvent cause, List<SessionAction> actions);
    }

    private final InstantSource clock;
    private final StateChangeListener listener;
    private SessionState state = SessionState.NON_EXISTENT;
    private Instant since;

    public SessionMachine(InstantSource clock, StateChangeListener listener) {
        if (clock == null || listener == null) {
            throw new IllegalArgumentException("clock and listener are required");
        }
        this.clock = clock;
        this.listener = listener;
        this.since = clock.instant();
    }

    public SessionState state() {
        return state;
    }

    /** When the current state was entered. */
    public Instant since() {
        return since;
    }

    /** Applies {@code event} and returns the actions to run, in order. */
    public List<SessionAction> fire(SessionEvent event) {
        Transition t = SessionFsm.transition(state, event);
        if (t.next() != state) {
            SessionState from = state;
            state = t.next();
            since = clock.instant();
            listener.stateChanged(from, state, event, t.actions());
        }
        return t.actions();
    }
}
