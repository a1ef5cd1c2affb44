package dev.ferry.zebra;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.zebra.config.Forwarding;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.northbound.ForwardingCommands;
import dev.ferry.zebra.northbound.InterfaceCommands;
import dev.ferry.zebra.northbound.Srv6Commands;
import dev.ferry.zebra.northbound.VrfCommands;
import dev.ferry.zebra.northbound.ZebraConfigWriter;
import dev.ferry.zebra.rib.RibModule;

/** zebra: its configuration commands and running-config (the RIB and dataplane arrive with their own issues). */
public final class ZebraDaemon implements DaemonModule {
    private final ZebraConfig config;
    private RibModule rib;

    /** zebra as started by ZebraMain: forwarding switches as the kernel has them. */
    public ZebraDaemon() {
        this(Forwarding.fromKernel());
    }

    /** zebra with given forwarding switches (tests, or a machine whose /proc is not the router's). */
    public ZebraDaemon(Forwarding forwarding) {
        this.config = new ZebraConfig(forwarding);
    }

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public ZebraConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        VrfCommands.install(ctx.cli(), config);
        InterfaceCommands.install(ctx.cli(), config);
        ForwardingCommands.install(ctx.cli(), config.forwarding());
        Srv6Commands.install(ctx.cli(), config.srv6());
        rib = RibModule.start(ctx, config);
        dev.ferry.zebra.zapi.ZapiServer.start(ctx, new dev.ferry.zebra.zapi.RecordingHandler());
    }

    /** The RIB and its services (after start); touch it only on the daemon's event loop. */
    public RibModule rib() {
        return rib;
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        ZebraConfigWriter.write(config, w);
    }
}
