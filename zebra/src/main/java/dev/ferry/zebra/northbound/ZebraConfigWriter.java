package dev.ferry.zebra.northbound;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.zebra.config.Forwarding;
import dev.ferry.zebra.config.Srv6Locator;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.config.ZebraInterface;
import dev.ferry.zebra.config.ZebraVrf;
import dev.ferry.zebra.rib.RibVrf;
import dev.ferry.zebra.rib.RouterIdCommands;
import dev.ferry.zebra.rib.RouterIds;

/**
 * zebra's running-config in FRR 8.4's order: VRF blocks, interface blocks, forwarding switches, then the
 * segment-routing tree (the order of FRR's nodes). Blocks with nothing configured are left out, as FRR's
 * vty_frame does.
 */
public final class ZebraConfigWriter {
    private ZebraConfigWriter() {
    }

    public static void write(ZebraConfig config, ConfigWriter w) {
        write(config, null, w);
    }

    /** With the configured router-ids (null: none), at top level for the default VRF, in VRF blocks for others. */
    public static void write(ZebraConfig config, RouterIds routerIds, ConfigWriter w) {
        if (routerIds != null) {
            RouterIdCommands.writeConfig(routerIds, RibVrf.DEFAULT_NAME, w);
        }
        for (ZebraVrf vrf : config.vrfs()) {
            writeVrf(vrf, routerIds, w);
        }
        for (ZebraInterface iface : config.interfaces()) {
            writeInterface(iface, w);
        }
        writeForwarding(config.forwarding(), w);
        writeSrv6(config, w);
    }

    private static void writeVrf(ZebraVrf vrf, RouterIds routerIds, ConfigWriter w) {
        boolean hasRouterId = routerIds != null && routerIds.configuredVrfs().contains(vrf.name());
        if (!vrf.isConfigured() && !hasRouterId) {
            return;
        }
        w.open("vrf " + vrf.name());
        if (hasRouterId) {
            RouterIdCommands.writeConfig(routerIds, vrf.name(), w);
        }
        if (vrf.isConfigured()) {
            w.line("netns " + vrf.namespacePath());
        }
        w.close(Node.VRF);
    }

    private static void writeInterface(ZebraInterface iface, ConfigWriter w) {
        if (!iface.isConfigured()) {
            return;
        }
        w.open("interface " + iface.name());
        if (iface.shutdown()) {
            w.line("shutdown");
        }
        if (iface.description() != null) {
            w.line("description " + iface.description());
        }
        if (iface.mtu() != 0) {
            w.line("mtu " + iface.mtu()); // Ferry's: FRR 8.4 has no `mtu`; printed where FRR puts bandwidth
        }
        for (IpPrefix address : iface.addresses()) {
            w.line((address.isIpv4() ? "ip" : "ipv6") + " address " + address);
        }
        w.close(Node.INTERFACE);
    }

    private static void writeForwarding(Forwarding forwarding, ConfigWriter w) {
        if (!forwarding.ipv4()) {
            w.line("no ip forwarding");
        }
        if (!forwarding.ipv6()) {
            w.line("no ipv6 forwarding");
        }
        if (!forwarding.ipv4() || !forwarding.ipv6()) {
            w.bang();
        }
    }

    private static void writeSrv6(ZebraConfig config, ConfigWriter w) {
        if (!config.srv6().isEnabled()) {
            return;
        }
        w.open("segment-routing").open("srv6").open("locators");
        for (Srv6Locator locator : config.srv6().locators()) {
            w.open("locator " + locator.name());
            String funcBits = locator.functionBits() != 0 ? " func-bits " + locator.functionBits() : "";
            w.line("prefix " + locator.prefix() + funcBits);
            w.close(Node.SRV6_LOCATOR).bang();
        }
        w.close(Node.SRV6_LOCATORS).bang();
        w.close(Node.SRV6).bang();
        w.close(Node.SEGMENT_ROUTING);
    }
}
