package dev.ferry.ldpd.config;

import java.util.EnumMap;
import java.util.Map;

/**
 * Everything ldpd was configured with (`mpls ldp` ...). `no mpls ldp` turns LDP off but keeps the settings,
 * as FRR does, so they return with the next `mpls ldp`.
 */
public final class LdpConfig {
    /** FRR's LINK_DFLT_HOLDTIME and DEFAULT_HELLO_INTERVAL. */
    public static final int DEFAULT_HOLDTIME = 15;
    public static final int DEFAULT_INTERVAL = 5;

    private boolean enabled;
    private String routerId;
    private final HelloTimers hello = new HelloTimers(DEFAULT_HOLDTIME, DEFAULT_INTERVAL);
    private final Map<LdpFamily, LdpAddressFamily> families = new EnumMap<>(LdpFamily.class);

    public LdpConfig() {
        for (LdpFamily f : LdpFamily.values()) {
            families.put(f, new LdpAddressFamily(f));
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public void enabled(boolean on) {
        enabled = on;
    }

    /** The LSR ID (A.B.C.D), or null to take zebra's router ID. */
    public String routerId() {
        return routerId;
    }

    public void routerId(String routerId) {
        this.routerId = routerId;
    }

    /** Global link hello timers (defaults 15 / 5). */
    public HelloTimers hello() {
        return hello;
    }

    public LdpAddressFamily family(LdpFamily family) {
        return families.get(family);
    }
}
