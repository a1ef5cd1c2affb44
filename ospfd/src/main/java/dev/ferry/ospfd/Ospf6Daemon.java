package dev.ferry.ospfd;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.ospf6.northbound.Ospf6ConfigWriter;
import dev.ferry.ospfd.ospf6.northbound.Ospf6InterfaceCommands;
import dev.ferry.ospfd.ospf6.northbound.Ospf6RouterCommands;
import dev.ferry.ospfd.runtime.Ospf6ShowCommands;
import dev.ferry.ospfd.runtime.OspfService;
import dev.ferry.proto.zebra.v1.RouteType;

/**
 * ospf6d: OSPFv3 configuration, the protocol (one instance per `router ospf6 [vrf NAME]`, on the runtime it
 * shares with ospfd) and its show commands. Built with {@code new Ospf6Daemon(false)} (tests of config and
 * running-config) it neither opens sockets nor connects to zebra.
 */
public final class Ospf6Daemon implements DaemonModule {
    private final Ospf6Config config = new Ospf6Config();
    private final boolean run;
    private DaemonContext context;
    private OspfService service;
    private ZebraClient zebra;

    /** ospf6d as Ospf6dMain starts it. */
    public Ospf6Daemon() {
        this(true);
    }

    public Ospf6Daemon(boolean run) {
        this.run = run;
    }

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public Ospf6Config config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        this.context = ctx;
        Ospf6InterfaceCommands.install(ctx.cli(), config);
        Ospf6RouterCommands.install(ctx.cli(), config, ctx.global());
        service = new OspfService(config, ctx.loop(), ctx.debugs()::on);
        Ospf6ShowCommands.install(ctx.cli(), service);
        if (run) {
            zebra = ZebraClient.connect(ctx.options().zservSocket(), RouteType.ROUTE_TYPE_OSPF6, 0, service,
                    ctx.loop(), ZebraClientOptions.defaults("ospf6d"));
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
        Ospf6ConfigWriter.write(config, context.global().defaults(), w);
    }
}
