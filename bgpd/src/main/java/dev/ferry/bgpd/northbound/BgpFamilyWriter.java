package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpAddressFamilyConfig;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.config.VpnExport;
import dev.ferry.bgpd.config.VpnPolicy;
import dev.ferry.lib.cli.ConfigWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One `address-family` block (FRR's bgp_config_write_family): networks, redistribution, neighbor
 * `maximum-paths`, neighbor activation, route-reflector-client and next-hop-self, then for unicast the VPN leaking settings. The block, with the " !" before
 * it, is written only when it has content, as FRR's vty_frame does.
 */
final class BgpFamilyWriter {
    private BgpFamilyWriter() {
    }

    static void write(BgpInstance bgp, BgpAddressFamily family, ConfigWriter w) {
        if (family.node() == null) {
            return;
        }
        BgpAddressFamilyConfig af = bgp.family(family);
        ConfigWriter body = new ConfigWriter();
        for (BgpNetwork n : af.networks()) {
            body.line("network " + n.prefix() + (n.routeMap() == null ? "" : " route-map " + n.routeMap()));
        }
        if (family.isUnicast()) {
            af.redistributions().forEach((source, how) -> body.line("redistribute " + source.word()
                    + (how.metric() == null ? "" : " metric " + how.metric())
                    + (how.routeMap() == null ? "" : " route-map " + how.routeMap())));
        }
        if (af.maximumPaths() != BgpAddressFamilyConfig.MULTIPATH_NUM) {
            body.line("maximum-paths " + af.maximumPaths());
        }
        if (af.maximumPathsIbgp() != BgpAddressFamilyConfig.MULTIPATH_NUM) {
            body.line("maximum-paths ibgp " + af.maximumPathsIbgp()
                    + (af.equalClusterLength() ? " equal-cluster-length" : ""));
        }
        for (BgpNeighbor n : bgp.neighbors()) {
            writeNeighbor(bgp, family, n, body);
        }
        if (family.isUnicast()) {
            writeVpn(af.vpn(), body);
        }
        String lines = body.toString();
        if (lines.isEmpty()) {
            return;
        }
        w.bang();
        w.open("address-family " + family.words());
        lines.lines().forEach(w::line);
        w.close(family.node());
    }

    /** Activation shows only where it differs from the instance's `bgp default` families. */
    private static void writeNeighbor(BgpInstance bgp, BgpAddressFamily family, BgpNeighbor n, ConfigWriter w) {
        boolean byDefault = bgp.activatedByDefault(family);
        if (n.isActivated(family) && !byDefault) {
            w.line("neighbor " + n.name() + " activate");
        } else if (!n.isActivated(family) && byDefault) {
            w.line("no neighbor " + n.name() + " activate");
        }
        if (n.routeReflectorClient(family)) {
            w.line("neighbor " + n.name() + " route-reflector-client");
        }
        if (n.nextHopSelf(family)) {
            w.line("neighbor " + n.name() + " next-hop-self");
        }
        BgpNeighborPolicyCommands.write(n, family, w);
    }

    /** FRR's bgp_vpn_policy_config_write_afi plus the export/import flags and `import vrf` lines. */
    private static void writeVpn(VpnPolicy vpn, ConfigWriter w) {
        if (!vpn.leaksVrfToVrf()) {
            VpnExport export = vpn.export();
            if (export.labelAuto()) {
                w.line("label vpn export auto");
            } else if (export.label() != null) {
                w.line("label vpn export " + export.label());
            }
            if (export.rd() != null) {
                w.line("rd vpn export " + export.rd());
            }
            if (export.nexthop() != null) {
                w.line("nexthop vpn export " + export.nexthop());
            }
            writeRouteTargets(vpn.importRouteTargets(), export.routeTargets(), w);
        }
        if (vpn.exportToVpn()) {
            w.line("export vpn");
        }
        if (vpn.importFromVpn()) {
            w.line("import vpn");
        }
        for (String vrf : vpn.importVrfs()) {
            w.line("import vrf " + vrf);
        }
    }

    /** Equal import and export lists collapse into `rt vpn both`. */
    private static void writeRouteTargets(List<RouteTarget> in, List<RouteTarget> out, ConfigWriter w) {
        if (in != null && out != null && in.equals(out)) {
            w.line("rt vpn both " + text(out));
            return;
        }
        if (in != null) {
            w.line("rt vpn import " + text(in));
        }
        if (out != null) {
            w.line("rt vpn export " + text(out));
        }
    }

    private static String text(List<RouteTarget> targets) {
        return targets.stream().map(RouteTarget::toString).collect(Collectors.joining(" "));
    }
}
