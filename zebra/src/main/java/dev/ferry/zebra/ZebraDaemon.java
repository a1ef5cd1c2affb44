package dev.ferry.zebra;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.zebra.config.Forwarding;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.iface.InterfaceManager;
import dev.ferry.zebra.northbound.ForwardingCommands;
import dev.ferry.zebra.northbound.InterfaceCommands;
import dev.ferry.zebra.northbound.Srv6Commands;
import dev.ferry.zebra.northbound.VrfCommands;
import dev.ferry.zebra.northbound.ZebraConfigWriter;
import dev.ferry.zebra.rib.FibPort;
import dev.ferry.zebra.rib.RibModule;
import dev.ferry.zebra.rib.fib.InMemoryFib;
import dev.ferry.zebra.rib.fib.NetlinkFib;
import dev.ferry.zebra.kernel.KernelRouteImport;
import dev.ferry.zebra.rib.fib.StaleRouteSweep;
import dev.ferry.zebra.zapi.InterfaceFeed;
import dev.ferry.zebra.zapi.RibApiHandler;
import dev.ferry.zebra.zapi.Srv6Chunks;
import dev.ferry.zebra.zapi.ZapiServer;

/**
 * zebra: configuration, the interface manager, the RIB and its services, the zebra API for the protocol
 * daemons, and the kernel dataplane. Started from ZebraMain it follows and configures the interfaces of its
 * network namespace and programs its kernel (after sweeping the routes an earlier run left); built with
 * {@link #ZebraDaemon(Forwarding)} (tests of config and show commands) it keeps its FIB in memory and
 * touches no kernel state: no interface manager, no netlink.
 */
public final class ZebraDaemon implements DaemonModule {
    private final ZebraConfig config;
    private final boolean kernel;
    private RibModule rib;
    private NetlinkFib netlinkFib;
    private InterfaceManager interfaces;
    private KernelRouteImport kernelRoutes;

    /** zebra as started by ZebraMain: forwarding switches as the kernel has them, the kernel as dataplane. */
    public ZebraDaemon() {
        this(Forwarding.fromKernel(), true);
    }

    /** zebra with given forwarding switches and an in-memory FIB (tests). */
    public ZebraDaemon(Forwarding forwarding) {
        this(forwarding, false);
    }

    public ZebraDaemon(Forwarding forwarding, boolean kernel) {
        this.config = new ZebraConfig(forwarding);
        this.kernel = kernel;
    }

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public ZebraConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) throws Exception {
        VrfCommands.install(ctx.cli(), config);
        InterfaceCommands.install(ctx.cli(), config);
        ForwardingCommands.install(ctx.cli(), config.forwarding());
        Srv6Commands.install(ctx.cli(), config.srv6());
        FibPort port;
        if (kernel) {
            StaleRouteSweep.run(NetlinkSocket.Options.defaults());
            netlinkFib = NetlinkFib.open(ctx.loop());
            port = netlinkFib;
        } else {
            port = new InMemoryFib(ctx.loop()).keepLog(false);
        }
        rib = RibModule.create(ctx, config, port);
        if (kernel) {
            interfaces = InterfaceManager.start(ctx, config, rib.rib());
            kernelRoutes = KernelRouteImport.start(rib.rib(), ctx.loop(), null);
            interfaces.addListener(kernelRoutes);
        }
        Srv6Chunks srv6 = new Srv6Chunks(config.srv6());
        ZapiServer.start(ctx, new RibApiHandler(rib.rib(), new InterfaceFeed(interfaces), srv6));
    }

    /** The RIB and its services (after start); touch it only on the daemon's event loop. */
    public RibModule rib() {
        return rib;
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        ZebraConfigWriter.write(config, rib != null ? rib.rib().routerIds() : null, w);
    }

    /** As FRR's zebra without -r: what Ferry installed leaves the kernel with it. */
    @Override
    public void stop() {
        if (kernelRoutes != null) {
            kernelRoutes.close();
        }
        if (interfaces != null) {
            interfaces.close();
        }
        if (netlinkFib != null) {
            netlinkFib.close();
            StaleRouteSweep.run(NetlinkSocket.Options.defaults());
        }
    }
}
