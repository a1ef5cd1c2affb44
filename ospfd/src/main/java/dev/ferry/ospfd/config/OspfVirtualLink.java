package dev.ferry.ospfd.config;

import dev.ferry.ospfd.shared.AreaId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `area A virtual-link R ...`: a virtual link of the backbone (RFC 2328 15) through transit area {@code area} to the
 * area border router {@code peer}. Its timers and authentication are its own, with FRR's defaults (a virtual
 * link's dead interval stays 40 s when only the hello interval is set, as in FRR).
 *
 * @param area the transit area, as written
 * @param peer the other endpoint's router ID
 * @param authentication `... authentication [message-digest|null]`, or null when not set
 * @param authenticationKey `... authentication-key KEY`, or null
 * @param md5Keys `... message-digest-key N md5 KEY`, in configuration order
 */
public record OspfVirtualLink(AreaId area, int peer, int helloInterval, int retransmitInterval, int transmitDelay,
        int deadInterval, OspfAuthentication authentication, String authenticationKey, Map<Integer, String> md5Keys) {
    public static final int DEFAULT_HELLO = 10;
    public static final int DEFAULT_RETRANSMIT = 5;
    public static final int DEFAULT_TRANSMIT_DELAY = 1;
    public static final int DEFAULT_DEAD = 40;

    public OspfVirtualLink {
        md5Keys = Collections.unmodifiableMap(new LinkedHashMap<>(md5Keys));
    }

    public static OspfVirtualLink of(AreaId area, int peer) {
        return new OspfVirtualLink(area, peer, DEFAULT_HELLO, DEFAULT_RETRANSMIT, DEFAULT_TRANSMIT_DELAY,
                DEFAULT_DEAD, null, null, Map.of());
    }

    /** Whether any timer differs from the default: then FRR writes all four on one line. */
    public boolean timersSet() {
        return helloInterval != DEFAULT_HELLO || retransmitInterval != DEFAULT_RETRANSMIT
                || transmitDelay != DEFAULT_TRANSMIT_DELAY || deadInterval != DEFAULT_DEAD;
    }

    public OspfVirtualLink withTimers(int hello, int retransmit, int delay, int dead) {
        return new OspfVirtualLink(area, peer, hello, retransmit, delay, dead, authentication, authenticationKey,
                md5Keys);
    }

    /** @param how null to unset */
    public OspfVirtualLink withAuthentication(OspfAuthentication how) {
        return new OspfVirtualLink(area, peer, helloInterval, retransmitInterval, transmitDelay, deadInterval, how,
                authenticationKey, md5Keys);
    }

    /** @param key null to unset */
    public OspfVirtualLink withAuthenticationKey(String key) {
        return new OspfVirtualLink(area, peer, helloInterval, retransmitInterval, transmitDelay, deadInterval,
                authentication, key, md5Keys);
    }

    /** @param key null to remove key {@code id} */
    public OspfVirtualLink withMd5Key(int id, String key) {
        Map<Integer, String> keys = new LinkedHashMap<>(md5Keys);
        if (key == null) {
            keys.remove(id);
        } else {
            keys.put(id, key);
        }
        return new OspfVirtualLink(area, peer, helloInterval, retransmitInterval, transmitDelay, deadInterval,
                authentication, authenticationKey, keys);
    }
}
