package dev.ferry.bgpd.runtime;

import dev.ferry.lib.daemon.DebugFlags;

/** bgpd's `debug bgp ...` switches (FRR's names). */
public final class BgpDebugs {
    /** FSM state changes of every connection. */
    public static final String NEIGHBOR_EVENTS = "bgp neighbor-events";
    /** UPDATEs received and sent. */
    public static final String UPDATES = "bgp updates";

    private BgpDebugs() {
    }

    public static void register(DebugFlags debugs) {
        debugs.register(NEIGHBOR_EVENTS, "BGP information\nBGP Neighbor Events");
        debugs.register(UPDATES, "BGP information\nBGP updates");
    }
}
