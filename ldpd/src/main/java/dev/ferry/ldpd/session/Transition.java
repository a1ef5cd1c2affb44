package dev.ferry.ldpd.session;

import java.util.List;

/** The outcome of one event: the state the session moves to (possibly the same) and the actions to run, in order. */
public record Transition(SessionState next, List<SessionAction> actions) {
    public Transition {
        if (next == null) {
            throw new IllegalArgumentException("next state is required");
        }
        actions = List.copyOf(actions);
    }

    public static Transition to(SessionState next, SessionAction... actions) {
        return new Transition(next, List.of(actions));
    }
}
