package dev.ferry.ospfd.runtime;

import dev.ferry.lib.daemon.DebugFlags;

/** ospfd's `debug ospf ...` switches. */
public final class OspfDebugs {
    private OspfDebugs() {
    }

    public static void register(DebugFlags debugs) {
        debugs.register("ospf packet all", "OSPF information\nOSPF packets\nOSPF all packets");
        debugs.register("ospf event", "OSPF information\nOSPF event information");
        debugs.register("ospf ism", "OSPF information\nOSPF Interface State Machine");
        debugs.register("ospf nsm", "OSPF information\nOSPF Neighbor State Machine");
        debugs.register("ospf lsa", "OSPF information\nOSPF Link State Advertisement");
        debugs.register("ospf zebra", "OSPF information\nOSPF Zebra information");
    }
}
