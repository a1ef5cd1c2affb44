package dev.ferry.ldpd;

import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.northbound.LdpCommands;
import dev.ferry.ldpd.northbound.LdpConfigWriter;
import dev.ferry.ldpd.runtime.LdpService;
import dev.ferry.ldpd.runtime.LdpShowCommands;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.proto.zebra.v1.RouteType;
import java.time.InstantSource;

/**
 * ldpd: LDP configuration, the protocol (discovery, sessions, label distribution, LSPs through zebra) and its show
 * commands. Built with {@code new LdpDaemon(false)} (tests of config and running-config) it neither opens sockets
 * nor connects to zebra.
 */
public final class LdpDaemon implements DaemonModule {
    private final LdpConfig config = new LdpConfig();
    private final boolean run;
    private LdpService service;
    private ZebraClient zebra;

    /** ldpd as LdpdMain starts it. */
    public LdpDaemon() {
        this(true);
    }

    public LdpDaemon(boolean run) {
        this.run = run;
    }

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public LdpConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        LdpCommands.install(ctx.cli(), config);
        service = new LdpService(config, ctx.loop(), InstantSource.system());
        LdpShowCommands.install(ctx.cli(), service);
        if (run) {
            zebra = ZebraClient.connect(ctx.options().zservSocket(), RouteType.ROUTE_TYPE_LDP, 0, service,
                    ctx.loop(), ZebraClientOptions.defaults("ldpd"));
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
        LdpConfigWriter.write(config, w);
    }
}
