package dev.ferry.bgpd;

import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.northbound.BgpCommands;
import dev.ferry.bgpd.northbound.BgpConfigWriter;
import dev.ferry.bgpd.northbound.BgpShowCommands;
import dev.ferry.bgpd.policy.PolicyConfigWriter;
import dev.ferry.bgpd.runtime.BgpDebugs;
import dev.ferry.bgpd.runtime.BgpService;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.proto.zebra.v1.RouteType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * bgpd: BGP configuration, the protocol (sessions, RIB, advertisement for the default instance's IPv4 and IPv6
 * unicast and VPN, VRF instances with L3VPN export and import) and its show and clear commands. Only {@code new BgpDaemon(true)} (what BgpdMain starts) listens on
 * port 179, connects to its neighbors and to zebra; the no-argument form is configuration only, so that
 * in-process test routers loading real configs never open sessions towards their neighbors' addresses.
 */
public final class BgpDaemon implements DaemonModule {
    /** The BGP port; the system property {@code ferry.bgp.port} moves it (tests without root). */
    public static final int PORT = Integer.getInteger("ferry.bgp.port", 179);

    private final BgpConfig config = new BgpConfig();
    private final boolean run;
    private DaemonContext context;
    private BgpService service;
    private ZebraClient zebra;

    /** Configuration, running-config and show commands only: no sockets, no zebra. */
    public BgpDaemon() {
        this(false);
    }

    public BgpDaemon(boolean run) {
        this.run = run;
    }

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public BgpConfig config() {
        return config;
    }

    /** The runtime, or null when built without it. */
    public BgpService service() {
        return service;
    }

    @Override
    public void start(DaemonContext ctx) throws UnknownHostException {
        this.context = ctx;
        BgpCommands.install(ctx.cli(), config, ctx.global());
        BgpDebugs.register(ctx.debugs());
        service = new BgpService(config, ctx.loop(), PORT, List.of(InetAddress.getByName("::")),
                () -> ctx.global().hostname(), ctx.debugs()::on);
        BgpShowCommands.install(ctx.cli(), service);
        if (run) {
            zebra = ZebraClient.connect(ctx.options().zservSocket(), RouteType.ROUTE_TYPE_BGP, 0, service,
                    ctx.loop(), ZebraClientOptions.defaults("bgpd").withOwnerReplay(service::replayRoutes)
                            .withFailuresOnly()); // bgpd acts on no result: a full table's million spared
            service.start(zebra);
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
        BgpConfigWriter.write(config, context.global().defaults(), w);
        PolicyConfigWriter.write(config.policies(), w);
    }
}
