package dev.ferry.bgpd.message;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.ErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of decoding one message: the message (absent on a session reset), the reaction the session
 * must take, and every fault found, for logging and counters.
 * <ul>
 * <li>{@link ErrorAction#NONE} or {@link ErrorAction#ATTRIBUTE_DISCARD}: process the message (the bad
 * attributes are already gone);</li>
 * <li>{@link ErrorAction#TREAT_AS_WITHDRAW}: withdraw every route the UPDATE announces
 * ({@link UpdateMessage#announces()}), and process its withdrawals;</li>
 * <li>{@link ErrorAction#AFI_SAFI_DISABLE}: disable {@link #disabledFamilies()} (or reset the session with
 * {@link #notification()}); the rest of the UPDATE stands;</li>
 * <li>{@link ErrorAction#SESSION_RESET}: send {@link #notification()} and close.</li>
 * </ul>
 */
public record DecodeResult(BgpMessage message, ErrorAction action, List<BgpError> errors) {
    public DecodeResult {
        errors = List.copyOf(errors);
    }

    public static DecodeResult ok(BgpMessage m) {
        return new DecodeResult(m, ErrorAction.NONE, List.of());
    }

    public static DecodeResult reset(BgpError e) {
        return new DecodeResult(null, ErrorAction.SESSION_RESET, List.of(e));
    }

    public boolean isSessionReset() {
        return action == ErrorAction.SESSION_RESET;
    }

    public boolean isTreatAsWithdraw() {
        return action == ErrorAction.TREAT_AS_WITHDRAW;
    }

    /** The fault that set {@link #action()}, or null when all is well. */
    public BgpError cause() {
        for (BgpError e : errors) {
            if (e.action() == action) {
                return e;
            }
        }
        return null;
    }

    /** The NOTIFICATION to send for a reset (or in place of an AFI/SAFI disable), else null. */
    public NotificationMessage notification() {
        if (action != ErrorAction.SESSION_RESET && action != ErrorAction.AFI_SAFI_DISABLE) {
            return null;
        }
        return NotificationMessage.of(cause());
    }

    public List<AddressFamily> disabledFamilies() {
        List<AddressFamily> out = new ArrayList<>();
        for (BgpError e : errors) {
            if (e.action() == ErrorAction.AFI_SAFI_DISABLE && e.family() != null && !out.contains(e.family())) {
                out.add(e.family());
            }
        }
        return out;
    }
}
