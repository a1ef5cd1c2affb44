package dev.ferry.zebra.rib;

import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.rib.show.MplsShowCommands;
import dev.ferry.zebra.rib.show.RouteShowCommands;
import java.util.function.Predicate;

/** The RIB as zebra runs it: built on the daemon's event loop over a dataplane, with its commands installed. */
public final class RibModule {
    private final Rib rib;

    private RibModule(Rib rib) {
        this.rib = rib;
    }

    public static RibModule create(DaemonContext ctx, ZebraConfig config, FibPort port) {
        Rib rib = Rib.create(RibScheduler.of(ctx.loop()), port);
        Predicate<String> configured = name -> config.findVrf(name) != null;
        RouteShowCommands.install(ctx.cli(), rib, configured);
        MplsShowCommands.install(ctx.cli(), rib);
        RouterIdCommands.install(ctx.cli(), rib.routerIds(), rib.vrfs(), configured);
        return new RibModule(rib);
    }

    public Rib rib() {
        return rib;
    }
}
