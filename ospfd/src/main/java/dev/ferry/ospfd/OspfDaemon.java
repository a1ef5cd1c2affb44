package dev.ferry.ospfd;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.northbound.OspfAreaCommands;
import dev.ferry.ospfd.northbound.OspfConfigWriter;
import dev.ferry.ospfd.northbound.OspfInterfaceCommands;
import dev.ferry.ospfd.northbound.OspfRedistributeCommands;
import dev.ferry.ospfd.northbound.OspfRouterCommands;
import dev.ferry.ospfd.runtime.OspfDebugs;
import dev.ferry.ospfd.runtime.OspfService;
import dev.ferry.ospfd.runtime.OspfShowCommands;
import dev.ferry.proto.zebra.v1.RouteType;

/**
 * ospfd: OSPFv2 configuration, the protocol (one instance per `router ospf [vrf NAME]`) and its show
 * commands. Built with {@code new OspfDaemon(false)} (tests of config and running-config) it neither opens
 * sockets nor connects to zebra.
 */
public final class OspfDaemon implements DaemonModule {
    private final OspfConfig config = new OspfConfig();
    private final boolean run;
    private DaemonContext context;
    private OspfService service;
    private ZebraClient zebra;

    /** ospfd as OspfdMain starts it. */
    public OspfDaemon() {
        this(true);
    }

    public OspfDaemon(boolean run) {
        this.run = run;
    }

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public OspfConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        this.context = ctx;
        OspfInterfaceCommands.install(ctx.cli(), config);
        OspfRouterCommands.install(ctx.cli(), config, ctx.global());
        OspfAreaCommands.install(ctx.cli(), config);
        OspfRedistributeCommands.install(ctx.cli());
        OspfDebugs.register(ctx.debugs());
        service = new OspfService(config, ctx.loop(), ctx.debugs()::on);
        OspfShowCommands.install(ctx.cli(), service);
        if (run) {
            zebra = ZebraClient.connect(ctx.options().zservSocket(), RouteType.ROUTE_TYPE_OSPF, 0, service,
                    ctx.loop(), ZebraClientOptions.defaults("ospfd"));
            service.attach(zebra);
            ctx.cli().onConfigChange(service::reconcile);
        }
    }

    @Override
    public void stop() {
        if (service != null) {
            service.close();
        }
        if (zebra != null) {
            zebra.flush();
            zebra.close();
        }
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        OspfConfigWriter.write(config, context.global().defaults(), w);
    }
}
