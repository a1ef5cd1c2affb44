package dev.ferry.bgpd.fsm;

import dev.ferry.bgpd.message.UpdateMessage;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A side effect the FSM asks the peer runtime to perform, in list order, when applying a {@link Transition}.
 * Values only: the FSM never touches sockets or timers itself. Timers whose values are configuration (the
 * ConnectRetryTime) or negotiated earlier (hold, keepalive) are re-armed by the runtime from what it holds.
 */
public sealed interface FsmAction {
    /** Send our OPEN on the connection. */
    record SendOpen() implements FsmAction {
    }

    record SendKeepalive() implements FsmAction {
    }

    /** Send a NOTIFICATION (RFC 4271 section 4.5); the connection is dropped by a following {@link DropTcp}. */
    record SendNotification(int code, int subcode, byte[] data) implements FsmAction {
        public SendNotification {
            data = data.clone();
        }

        public SendNotification(int code, int subcode) {
            this(code, subcode, new byte[0]);
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SendNotification n && n.code == code && n.subcode == subcode
                    && Arrays.equals(n.data, data);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * code + subcode) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "SendNotification[" + code + "/" + subcode
                    + (data.length > 0 ? " " + HexFormat.of().formatHex(data) : "") + "]";
        }
    }

    /** (Re)arm the ConnectRetryTimer with the configured ConnectRetryTime ({@code timers connect}). */
    record StartConnectRetryTimer() implements FsmAction {
    }

    /** Stop the ConnectRetryTimer ("sets the ConnectRetryTimer to zero"). */
    record StopConnectRetryTimer() implements FsmAction {
    }

    /** Arm the HoldTimer with {@code seconds} and remember it for {@link RestartHoldTimer}. */
    record StartHoldTimer(int seconds) implements FsmAction {
    }

    /** Re-arm the HoldTimer with the last value started; nothing when that value is 0. */
    record RestartHoldTimer() implements FsmAction {
    }

    record StopHoldTimer() implements FsmAction {
    }

    /** Arm the KeepaliveTimer with {@code seconds} and remember it for {@link RestartKeepaliveTimer}. */
    record StartKeepaliveTimer(int seconds) implements FsmAction {
    }

    /** Re-arm the KeepaliveTimer with the last value started; nothing when that value is 0. */
    record RestartKeepaliveTimer() implements FsmAction {
    }

    /** Open the outgoing TCP connection to the peer (port 179). */
    record InitiateTcp() implements FsmAction {
    }

    /** Close this connection's socket. */
    record DropTcp() implements FsmAction {
    }

    /** Free the session: stop the hold and keepalive timers, discard buffers and negotiated capabilities. */
    record ReleaseResources() implements FsmAction {
    }

    /** Withdraw every route learned over the session (only leaving Established). */
    record DeleteRoutes() implements FsmAction {
    }

    record IncrementConnectRetryCounter() implements FsmAction {
    }

    record ResetConnectRetryCounter() implements FsmAction {
    }

    /** Hand a received UPDATE to the RIB (RFC 4271 section 9). */
    record ProcessUpdate(UpdateMessage update) implements FsmAction {
    }
}
