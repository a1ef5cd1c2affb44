package dev.ferry.zebra.rib;

import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.rib.fib.InMemoryFib;
import dev.ferry.zebra.rib.show.MplsShowCommands;
import dev.ferry.zebra.rib.show.RouteShowCommands;
import java.util.function.Predicate;

/**
 * The RIB as zebra runs it: built on the daemon's event loop, with its commands installed. Until the netlink
 * dataplane is plugged in ({@link #create(DaemonContext, ZebraConfig, FibPort)}), zebra uses an in-memory
 * FIB that accepts every route.
 */
public final class RibModule {
    private final Rib rib;

    private RibModule(Rib rib) {
        this.rib = rib;
    }

    /** ZebraDaemon.start's hook. */
    public static RibModule start(DaemonContext ctx, ZebraConfig config) {
        return create(ctx, config, new InMemoryFib(ctx.loop()).keepLog(false));
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
