package dev.ferry.bgpd.fsm;

/**
 * The session's hold and keepalive times in seconds once OPENs are exchanged; both 0 when the hold time
 * negotiated to 0 (no keepalives, no hold timer: RFC 4271 section 4.4).
 */
public record NegotiatedTimers(int holdSeconds, int keepaliveSeconds) {
    public NegotiatedTimers {
        if (holdSeconds < 0 || keepaliveSeconds < 0 || (holdSeconds == 0) != (keepaliveSeconds == 0)) {
            throw new IllegalArgumentException("bad timers: hold " + holdSeconds + " keepalive " + keepaliveSeconds);
        }
    }

    public boolean disabled() {
        return holdSeconds == 0;
    }
}
