package dev.ferry.bgpd.fsm;

import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.ErrorCodes;

/**
 * Hold time negotiation on receipt of an OPEN (RFC 4271 sections 4.2 and 6.2): the session uses the smaller of
 * the two hold times; a peer's hold time of 1 or 2 seconds is refused with NOTIFICATION OPEN Message Error /
 * Unacceptable Hold Time (2/6). The keepalive interval is a third of the hold time, or the configured keepalive
 * when smaller, as FRR computes it in bgp_open_receive.
 */
public final class HoldTimeNegotiation {
    /** The lowest non-zero hold time RFC 4271 allows. */
    public static final int MIN_HOLD_SECONDS = 3;

    private HoldTimeNegotiation() {
    }

    /** The outcome: timers to use, or the NOTIFICATION that refuses the OPEN. */
    public sealed interface Result {
    }

    public record Accepted(NegotiatedTimers timers) implements Result {
    }

    public record Rejected(BgpError error) implements Result {
    }

    /** Keepalive defaults to a third of the negotiated hold time. */
    public static Result negotiate(int localHoldSeconds, int peerHoldSeconds) {
        return negotiate(localHoldSeconds, localHoldSeconds / 3, peerHoldSeconds);
    }

    /**
     * @param localHoldSeconds      our configured hold time (0 or >= 3, checked by the configuration)
     * @param localKeepaliveSeconds our configured keepalive interval
     * @param peerHoldSeconds       the OPEN's Hold Time field, 0-65535
     */
    public static Result negotiate(int localHoldSeconds, int localKeepaliveSeconds, int peerHoldSeconds) {
        if (peerHoldSeconds < 0 || peerHoldSeconds > 0xFFFF
                || (peerHoldSeconds > 0 && peerHoldSeconds < MIN_HOLD_SECONDS)) {
            return new Rejected(BgpError.reset(ErrorCodes.OPEN_MESSAGE_ERROR, ErrorCodes.OPEN_UNACCEPTABLE_HOLD_TIME,
                    null, "peer hold time " + peerHoldSeconds + " is neither 0 nor at least " + MIN_HOLD_SECONDS));
        }
        int hold = Math.min(localHoldSeconds, peerHoldSeconds);
        if (hold == 0) {
            return new Accepted(new NegotiatedTimers(0, 0));
        }
        int keepalive = Math.min(hold / 3, localKeepaliveSeconds > 0 ? localKeepaliveSeconds : hold / 3);
        return new Accepted(new NegotiatedTimers(hold, keepalive));
    }
}
