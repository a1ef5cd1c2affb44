package dev.ferry.ldpd.session;

import static dev.ferry.ldpd.session.SessionState.INITIALIZED;
import static dev.ferry.ldpd.session.SessionState.NON_EXISTENT;
import static dev.ferry.ldpd.session.SessionState.OPENREC;
import static dev.ferry.ldpd.session.SessionState.OPENSENT;
import static dev.ferry.ldpd.session.SessionState.OPERATIONAL;

import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.MessageType;
import dev.ferry.ldpd.session.SessionAction.CloseSession;
import dev.ferry.ldpd.session.SessionAction.NeighborDown;
import dev.ferry.ldpd.session.SessionAction.NeighborUp;
import dev.ferry.ldpd.session.SessionAction.ProcessMessage;
import dev.ferry.ldpd.session.SessionAction.SendInitialization;
import dev.ferry.ldpd.session.SessionAction.SendKeepAlive;
import dev.ferry.ldpd.session.SessionAction.SendNotification;
import dev.ferry.ldpd.session.SessionAction.StartKeepAliveSender;
import dev.ferry.ldpd.session.SessionAction.StartKeepAliveTimer;
import dev.ferry.ldpd.session.SessionEvent.AcceptableInitializationReceived;
import dev.ferry.ldpd.session.SessionEvent.ConnectionClosed;
import dev.ferry.ldpd.session.SessionEvent.ConnectionEstablished;
import dev.ferry.ldpd.session.SessionEvent.InitializationSent;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveDue;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveReceived;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveTimerExpired;
import dev.ferry.ldpd.session.SessionEvent.LocalFatalError;
import dev.ferry.ldpd.session.SessionEvent.MessageError;
import dev.ferry.ldpd.session.SessionEvent.NotificationReceived;
import dev.ferry.ldpd.session.SessionEvent.OtherMessageReceived;
import dev.ferry.ldpd.session.SessionEvent.UnacceptableInitializationReceived;
import java.util.ArrayList;
import java.util.List;

/**
 * The session state machine of RFC 5036 section 2.5.4 as a pure function:
 * <pre>
 *  NON EXISTENT  -- connection up -----------------------------------------> INITIALIZED
 *  INITIALIZED   -- Initialization sent (active) ---------------------------> OPENSENT
 *                -- acceptable Initialization received (passive):
 *                     send Initialization and KeepAlive -------------------> OPENREC
 *  OPENSENT      -- acceptable Initialization received: send KeepAlive ----> OPENREC
 *  OPENREC       -- KeepAlive received ------------------------------------> OPERATIONAL
 *  OPERATIONAL   -- any other message received ----------------------------> OPERATIONAL
 *  any session   -- unacceptable Initialization: its rejection Notification,
 *                   unexpected message: Shutdown Notification naming it,
 *                   KeepAlive timer expired: KeepAlive Timer Expired Notification,
 *                   fatal Notification received, connection closed: close ---> NON EXISTENT
 * </pre>
 * Which message a state accepts follows FRR's ldpd ({@code session_read} in ldpd/packet.c): Initialization in
 * INITIALIZED and OPENSENT, KeepAlive in OPENREC and OPERATIONAL, Notifications in every session state, any other
 * message only in OPERATIONAL; anything else closes the session with a Shutdown Notification. A fatal Notification
 * received closes the session without an answer (section 3.5.1.1, and FRR). Every PDU accepted restarts the
 * KeepAlive timer (section 2.5.6). Events that cannot apply to a state (a stale timer, a second connection the
 * network layer refuses) leave it unchanged with no action.
 */
public final class SessionFsm {
    private SessionFsm() {
    }

    public static Transition transition(SessionState state, SessionEvent event) {
        if (!state.hasSession()) {
            return fromNonExistent(event);
        }
        return switch (event) {
            case ConnectionEstablished e -> stay(state);
            case InitializationSent e -> state == INITIALIZED ? Transition.to(OPENSENT) : stay(state);
            case AcceptableInitializationReceived e -> switch (state) {
                case INITIALIZED -> Transition.to(OPENREC, new SendInitialization(), new SendKeepAlive(),
                        new StartKeepAliveTimer());
                case OPENSENT -> Transition.to(OPENREC, new SendKeepAlive(), new StartKeepAliveTimer());
                default -> unexpected(state, e.messageId(), MessageType.INITIALIZATION.code());
            };
            case UnacceptableInitializationReceived e -> switch (state) {
                case INITIALIZED, OPENSENT -> close(state, e.reason());
                default -> unexpected(state, e.reason().messageId(), MessageType.INITIALIZATION.code());
            };
            case KeepAliveReceived e -> switch (state) {
                case OPENREC -> Transition.to(OPERATIONAL, new StartKeepAliveTimer(), new StartKeepAliveSender(),
                        new NeighborUp());
                case OPERATIONAL -> Transition.to(OPERATIONAL, new StartKeepAliveTimer());
                default -> unexpected(state, e.messageId(), MessageType.KEEPALIVE.code());
            };
            case OtherMessageReceived e -> state == OPERATIONAL
                    ? Transition.to(OPERATIONAL, new StartKeepAliveTimer(), new ProcessMessage())
                    : unexpected(state, e.messageId(), e.messageType());
            case NotificationReceived e -> e.fatal()
                    ? close(state, null)
                    : Transition.to(state, new StartKeepAliveTimer(), new ProcessMessage());
            case MessageError e -> e.error().fatal()
                    ? close(state, e.error())
                    : Transition.to(state, new SendNotification(e.error()));
            case LocalFatalError e -> close(state, e.error());
            case KeepAliveTimerExpired e -> close(state,
                    LdpError.of(StatusCode.KEEPALIVE_TIMER_EXPIRED, "no PDU from the peer within the KeepAlive time"));
            case KeepAliveDue e -> state == OPERATIONAL ? Transition.to(OPERATIONAL, new SendKeepAlive()) : stay(state);
            case ConnectionClosed e -> close(state, null);
        };
    }

    /** Without a session only a new connection matters; the active LSR opens with its Initialization. */
    private static Transition fromNonExistent(SessionEvent event) {
        if (event instanceof ConnectionEstablished(SessionRole role)) {
            return role == SessionRole.ACTIVE
                    ? Transition.to(INITIALIZED, new SendInitialization(), new StartKeepAliveTimer())
                    : Transition.to(INITIALIZED, new StartKeepAliveTimer());
        }
        return stay(NON_EXISTENT);
    }

    /** A message this state does not accept: a Shutdown Notification naming it, then close (the RFC's NAK). */
    private static Transition unexpected(SessionState state, int messageId, int messageType) {
        String name = MessageType.of(messageType).map(MessageType::title)
                .orElse(String.format("type 0x%04x", messageType));
        return close(state, new LdpError(StatusCode.SHUTDOWN, messageId, messageType,
                "unexpected " + name + " message in state " + state.frrName()));
    }

    /** Back to NON EXISTENT: the Notification first when there is one, then the close, then the neighbor down. */
    private static Transition close(SessionState state, LdpError notification) {
        List<SessionAction> actions = new ArrayList<>(3);
        if (notification != null) {
            actions.add(new SendNotification(notification));
        }
        actions.add(new CloseSession());
        if (state == OPERATIONAL) {
            actions.add(new NeighborDown());
        }
        return new Transition(NON_EXISTENT, actions);
    }

    private static Transition stay(SessionState state) {
        return Transition.to(state);
    }
}
