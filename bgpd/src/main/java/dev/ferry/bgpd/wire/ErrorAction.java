package dev.ferry.bgpd.wire;

/**
 * How a session must react to a decoding fault, least severe first (RFC 7606 section 2). When several faults
 * hit one message the most severe wins (RFC 7606 section 3, item f).
 */
public enum ErrorAction {
    /** Nothing wrong. */
    NONE,
    /** The attribute was dropped; the routes are processed without it. */
    ATTRIBUTE_DISCARD,
    /** Every route the UPDATE announces is handled as if it were withdrawn. */
    TREAT_AS_WITHDRAW,
    /** The address family is unusable: remove its routes and stop using it, or reset if that is not possible. */
    AFI_SAFI_DISABLE,
    /** Send the NOTIFICATION and close the session. */
    SESSION_RESET;

    public ErrorAction max(ErrorAction other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
