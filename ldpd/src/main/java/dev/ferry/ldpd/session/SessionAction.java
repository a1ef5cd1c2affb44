package dev.ferry.ldpd.session;

import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.StatusCode;

/**
 * What the daemon must do after a transition, run in the order the {@link Transition} lists them (a Notification
 * is written before the connection closes). Timer durations are the executor's: the KeepAlive time from
 * configuration until the Initializations are exchanged, then the negotiated one (the smaller of both sides').
 */
public sealed interface SessionAction {

    /** Write an Initialization message with this LSR's session parameters. */
    record SendInitialization() implements SessionAction {
    }

    record SendKeepAlive() implements SessionAction {
    }

    /** Write a Notification for {@code error}: its status and the id and type of the message it refuses. */
    record SendNotification(LdpError error) implements SessionAction {
        public SendNotification {
            if (error == null) {
                throw new IllegalArgumentException("error is required");
            }
        }

        public StatusCode status() {
            return error.status();
        }
    }

    /** (Re)arm the KeepAlive timer, whose expiry posts {@link SessionEvent.KeepAliveTimerExpired}. */
    record StartKeepAliveTimer() implements SessionAction {
    }

    /** Start sending KeepAlives periodically, posting {@link SessionEvent.KeepAliveDue}. */
    record StartKeepAliveSender() implements SessionAction {
    }

    /** Hand the received message to its handler (label distribution, address table, Notification log). */
    record ProcessMessage() implements SessionAction {
    }

    /** The session is operational: tell label distribution and advertise addresses and bindings. */
    record NeighborUp() implements SessionAction {
    }

    /** The operational session ends: label distribution drops what it learnt from the peer. */
    record NeighborDown() implements SessionAction {
    }

    /** Close the transport connection and stop the session's timers. */
    record CloseSession() implements SessionAction {
    }
}
