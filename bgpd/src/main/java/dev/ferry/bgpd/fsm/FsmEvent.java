package dev.ferry.bgpd.fsm;

import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.wire.BgpError;

/**
 * The FSM inputs of RFC 4271 section 8.1 that Ferry raises, each named after the RFC event with its number.
 * Optional features whose events are absent (DelayOpen 12/20, IdleHold damping 13, automatic start/stop 3/5-8,
 * TCP connection validation 14/15) keep their session attributes at FALSE, as FRR does by default.
 * The runtime decodes and checks messages first: an OPEN that fails checks (including the hold time, see
 * {@link HoldTimeNegotiation}) becomes {@link BgpOpenMsgErr}, never {@link BgpOpen}.
 */
public sealed interface FsmEvent {
    /** RFC 4271 event number, for logs. */
    int number();

    /** Event 1: the operator (or config load) starts the peer; Ferry connects out and listens. */
    record ManualStart() implements FsmEvent {
        public int number() {
            return 1;
        }
    }

    /** Event 2: the operator stops the peer ({@code neighbor shutdown}, deconfiguration). */
    record ManualStop() implements FsmEvent {
        public int number() {
            return 2;
        }
    }

    /** Event 4: start without connecting out ({@code neighbor X passive}). */
    record ManualStartPassive() implements FsmEvent {
        public int number() {
            return 4;
        }
    }

    /** Event 9. */
    record ConnectRetryTimerExpires() implements FsmEvent {
        public int number() {
            return 9;
        }
    }

    /** Event 10. */
    record HoldTimerExpires() implements FsmEvent {
        public int number() {
            return 10;
        }
    }

    /** Event 11. */
    record KeepaliveTimerExpires() implements FsmEvent {
        public int number() {
            return 11;
        }
    }

    /** Event 16: our outgoing connection completed. */
    record TcpCrAcked() implements FsmEvent {
        public int number() {
            return 16;
        }
    }

    /** Event 17: the peer's incoming connection was accepted. */
    record TcpConnectionConfirmed() implements FsmEvent {
        public int number() {
            return 17;
        }
    }

    /** Event 18: connect failed, or the established connection closed or broke. */
    record TcpConnectionFails() implements FsmEvent {
        public int number() {
            return 18;
        }
    }

    /**
     * Event 19: a valid OPEN arrived; {@code timers} is the outcome of {@link HoldTimeNegotiation}.
     */
    record BgpOpen(NegotiatedTimers timers) implements FsmEvent {
        public int number() {
            return 19;
        }
    }

    /** Event 21: a message header failed its checks; {@code error} is the NOTIFICATION to send. */
    record BgpHeaderErr(BgpError error) implements FsmEvent {
        public int number() {
            return 21;
        }
    }

    /** Event 22: an OPEN failed its checks; {@code error} is the NOTIFICATION to send. */
    record BgpOpenMsgErr(BgpError error) implements FsmEvent {
        public int number() {
            return 22;
        }
    }

    /** Event 23: collision detection ({@link CollisionResolution}) chose to close this connection. */
    record OpenCollisionDump() implements FsmEvent {
        public int number() {
            return 23;
        }
    }

    /** Event 24: a NOTIFICATION with OPEN Message Error / Unsupported Version Number arrived. */
    record NotifMsgVerErr() implements FsmEvent {
        public int number() {
            return 24;
        }
    }

    /** Event 25: any other NOTIFICATION arrived. */
    record NotifMsg() implements FsmEvent {
        public int number() {
            return 25;
        }
    }

    /** Event 26. */
    record KeepAliveMsg() implements FsmEvent {
        public int number() {
            return 26;
        }
    }

    /** Event 27: a valid UPDATE (faults RFC 7606 lets us survive are inside it, not a reset). */
    record UpdateMsg(UpdateMessage update) implements FsmEvent {
        public int number() {
            return 27;
        }
    }

    /** Event 28: an UPDATE whose fault requires a session reset; {@code error} is the NOTIFICATION. */
    record UpdateMsgErr(BgpError error) implements FsmEvent {
        public int number() {
            return 28;
        }
    }
}
