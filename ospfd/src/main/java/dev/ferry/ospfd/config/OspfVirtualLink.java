package dev.ferry.ospfd.config;

import dev.ferry.ospfd.shared.AreaId;

/**
 * `area A virtual-link R [hello-interval N|retransmit-interval N|transmit-delay N|dead-interval N]`: a virtual
 * link of the backbone (RFC 2328 15) through transit area {@code area} to the area border router {@code peer}.
 * Its timers are its own, with FRR's defaults (a virtual link's dead interval stays 40 s when only the hello
 * interval is set, as in FRR).
 *
 * @param area the transit area, as written
 * @param peer the other endpoint's router ID
 */
public record OspfVirtualLink(AreaId area, int peer, int helloInterval, int retransmitInterval, int transmitDelay,
        int deadInterval) {
    public static final int DEFAULT_HELLO = 10;
    public static final int DEFAULT_RETRANSMIT = 5;
    public static final int DEFAULT_TRANSMIT_DELAY = 1;
    public static final int DEFAULT_DEAD = 40;

    public static OspfVirtualLink of(AreaId area, int peer) {
        return new OspfVirtualLink(area, peer, DEFAULT_HELLO, DEFAULT_RETRANSMIT, DEFAULT_TRANSMIT_DELAY,
                DEFAULT_DEAD);
    }

    /** Whether any timer differs from the default: then FRR writes all four on one line. */
    public boolean timersSet() {
        return helloInterval != DEFAULT_HELLO || retransmitInterval != DEFAULT_RETRANSMIT
                || transmitDelay != DEFAULT_TRANSMIT_DELAY || deadInterval != DEFAULT_DEAD;
    }

    public OspfVirtualLink withTimers(int hello, int retransmit, int delay, int dead) {
        return new OspfVirtualLink(area, peer, hello, retransmit, delay, dead);
    }
}
