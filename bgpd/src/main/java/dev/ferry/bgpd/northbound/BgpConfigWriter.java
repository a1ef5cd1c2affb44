package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import java.util.Arrays;
import java.util.Comparator;

/**
 * bgpd's running-config in FRR 8.4's order (bgp_vty.c bgp_config_write): per instance the router ID, the
 * switches that differ from the defaults profile, `bgp default` lines, neighbors, then one block per
 * address family that has something to say.
 */
public final class BgpConfigWriter {
    private BgpConfigWriter() {
    }

    public static void write(BgpConfig config, String profile, ConfigWriter w) {
        BgpDefaults defaults = BgpDefaults.of(profile);
        for (BgpInstance bgp : config.instances()) {
            writeInstance(bgp, defaults, w);
        }
    }

    private static void writeInstance(BgpInstance bgp, BgpDefaults defaults, ConfigWriter w) {
        String kind = bgp.type() == BgpInstanceType.VIEW ? " view " : " vrf ";
        w.open("router bgp " + bgp.asn() + (bgp.name() == null ? "" : kind + bgp.name()));
        if (bgp.routerId() != null && !bgp.routerId().equals("0.0.0.0")) {
            w.line("bgp router-id " + bgp.routerId());
        }
        flag(w, "bgp log-neighbor-changes", bgp.logNeighborChanges(), defaults.logNeighborChanges());
        flag(w, "bgp ebgp-requires-policy", bgp.ebgpRequiresPolicy(), defaults.ebgpRequiresPolicy());
        writeDefaultFamilies(bgp, w);
        if (bgp.clusterId() != null) {
            w.line("bgp cluster-id " + bgp.clusterId());
        }
        flag(w, "bgp deterministic-med", bgp.deterministicMed(), defaults.deterministicMed());
        if (bgp.multipathRelax()) {
            w.line("bgp bestpath as-path multipath-relax" + (bgp.multipathRelaxAsSet() ? " as-set" : ""));
        }
        flag(w, "bgp network import-check", bgp.importCheck(), defaults.importCheck());
        for (BgpNeighbor n : bgp.neighbors()) {
            writeNeighbor(bgp, n, w);
        }
        for (BgpAddressFamily family : BgpAddressFamily.values()) {
            BgpFamilyWriter.write(bgp, family, w);
        }
        w.close(Node.BGP);
    }

    /** A profile-dependent switch shows only when it differs from the profile: "bgp x" or "no bgp x". */
    private static void flag(ConfigWriter w, String words, boolean value, boolean profileDefault) {
        if (value != profileDefault) {
            w.line((value ? "" : "no ") + words);
        }
    }

    /** IPv4 unicast is on by default, so it shows when off; the others when on. */
    private static void writeDefaultFamilies(BgpInstance bgp, ConfigWriter w) {
        Arrays.stream(BgpAddressFamily.values()).sorted(Comparator.comparingInt(BgpAddressFamily::defaultsOrder))
                .forEach(f -> {
                    boolean on = bgp.activatedByDefault(f);
                    if (f == BgpAddressFamily.IPV4_UNICAST && !on) {
                        w.line("no bgp default " + f.defaultWord());
                    } else if (f != BgpAddressFamily.IPV4_UNICAST && on) {
                        w.line("bgp default " + f.defaultWord());
                    }
                });
    }

    /** FRR's bgp_config_write_peer_global, for the settings Ferry has. */
    private static void writeNeighbor(BgpInstance bgp, BgpNeighbor n, ConfigWriter w) {
        String prefix = "neighbor " + n.name() + " ";
        w.line(prefix + "remote-as " + n.remoteAs());
        if (n.description() != null) {
            w.line(prefix + "description " + n.description());
        }
        if (n.shutdown()) {
            w.line(prefix + "shutdown");
        }
        if (n.password() != null) {
            w.line(prefix + "password " + n.password());
        }
        if (!n.isInternal(bgp.asn()) && n.ttl() != BgpNeighbor.EBGP_TTL) {
            w.line(prefix + "ebgp-multihop " + n.ttl());
        }
        if (n.updateSource() != null) {
            w.line(prefix + "update-source " + n.updateSource());
        }
        if (n.timers() != null) {
            w.line(prefix + "timers " + n.timers().keepalive() + " " + n.timers().holdtime());
        }
    }
}
