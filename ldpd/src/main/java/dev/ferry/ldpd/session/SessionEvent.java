package dev.ferry.ldpd.session;

import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.MessageType;

/**
 * What can happen to a session (RFC 5036 section 2.5.4). The network layer posts the connection events, the PDU
 * reader posts one event per received message (or a {@link MessageError} when the codec refused it), the timers
 * post their expiries. Received messages carry their id and type so that a refusal can name them in its
 * Notification, as FRR does.
 */
public sealed interface SessionEvent {

    /** The transport connection is up; {@code role} from {@link SessionRole#of}. */
    record ConnectionEstablished(SessionRole role) implements SessionEvent {
        public ConnectionEstablished {
            if (role == null) {
                throw new IllegalArgumentException("role is required");
            }
        }
    }

    /** The active LSR has written its Initialization message. */
    record InitializationSent() implements SessionEvent {
    }

    /** An Initialization whose session parameters this LSR accepts. */
    record AcceptableInitializationReceived(int messageId) implements SessionEvent {
    }

    /**
     * An Initialization this LSR refuses; {@code reason} is the Notification to answer with (e.g. from
     * {@code CommonSessionParamsTlv.check}: Bad KeepAlive Time, Session Rejected/No Hello, Session Rejected/Parameters).
     */
    record UnacceptableInitializationReceived(LdpError reason) implements SessionEvent {
        public UnacceptableInitializationReceived {
            if (reason == null) {
                throw new IllegalArgumentException("reason is required");
            }
        }
    }

    record KeepAliveReceived(int messageId) implements SessionEvent {
    }

    /** A Notification; its E bit, not its code, says whether the peer is closing the session. */
    record NotificationReceived(int messageId, int status) implements SessionEvent {
        public static NotificationReceived of(int messageId, StatusCode status) {
            return new NotificationReceived(messageId, status.wireValue());
        }

        public boolean fatal() {
            return (status & StatusCode.E_BIT) != 0;
        }
    }

    /**
     * Any other decoded message (Address, Label Mapping, Capability, Hello, unknown types the codec let through):
     * {@code messageType} is the 15-bit type code. Initialization, KeepAlive and Notification have their own events.
     */
    record OtherMessageReceived(int messageId, int messageType) implements SessionEvent {
        public OtherMessageReceived {
            if (messageType == MessageType.INITIALIZATION.code() || messageType == MessageType.KEEPALIVE.code()
                    || messageType == MessageType.NOTIFICATION.code()) {
                throw new IllegalArgumentException("message type 0x" + Integer.toHexString(messageType)
                        + " has its own event");
            }
        }

        public static OtherMessageReceived of(int messageId, MessageType type) {
            return new OtherMessageReceived(messageId, type.code());
        }
    }

    /** The codec refused a PDU or message; the error says which Notification it requires and whether it is fatal. */
    record MessageError(LdpError error) implements SessionEvent {
        public MessageError {
            if (error == null) {
                throw new IllegalArgumentException("error is required");
            }
        }
    }

    /** This LSR closes the session with a fatal Notification (e.g. {@link #shutdown()} when LDP is deconfigured). */
    record LocalFatalError(LdpError error) implements SessionEvent {
        public LocalFatalError {
            if (error == null || !error.fatal()) {
                throw new IllegalArgumentException("a local fatal error needs a fatal status");
            }
        }

        public static LocalFatalError shutdown() {
            return new LocalFatalError(LdpError.of(StatusCode.SHUTDOWN, "session shut down by this LSR"));
        }
    }

    /** No PDU from the peer for the KeepAlive time (the session's hold time). */
    record KeepAliveTimerExpired() implements SessionEvent {
    }

    /** Time to send a KeepAlive to hold the peer's timer (FRR: three per KeepAlive time). */
    record KeepAliveDue() implements SessionEvent {
    }

    /** The transport connection closed or failed under the session. */
    record ConnectionClosed() implements SessionEvent {
    }
}
