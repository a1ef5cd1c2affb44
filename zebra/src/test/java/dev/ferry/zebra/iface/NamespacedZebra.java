package dev.ferry.zebra.iface;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.zebra.config.Forwarding;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.northbound.InterfaceCommands;
import dev.ferry.zebra.northbound.VrfCommands;
import dev.ferry.zebra.northbound.ZebraConfigWriter;
import dev.ferry.zebra.rib.RibModule;
import dev.ferry.zebra.rib.fib.InMemoryFib;

/** zebra's config commands, RIB and interface manager, with the manager's sockets in a scratch namespace. */
final class NamespacedZebra implements DaemonModule {
    final ZebraConfig config = new ZebraConfig(new Forwarding(true, true));
    private final String namespace;
    RibModule rib;
    InterfaceManager interfaces;

    NamespacedZebra(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public void start(DaemonContext ctx) throws Exception {
        VrfCommands.install(ctx.cli(), config);
        InterfaceCommands.install(ctx.cli(), config);
        rib = RibModule.create(ctx, config, new InMemoryFib(ctx.loop()));
        interfaces = InterfaceManager.start(ctx, config, rib.rib(), namespace);
    }

    @Override
    public void stop() {
        if (interfaces != null) {
            interfaces.close();
        }
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        ZebraConfigWriter.write(config, w);
    }
}
