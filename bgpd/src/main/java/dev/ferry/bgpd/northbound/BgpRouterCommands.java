package dev.ferry.bgpd.northbound;

import static dev.ferry.bgpd.northbound.BgpSession.NO;
import static dev.ferry.bgpd.northbound.BgpSession.instance;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.daemon.GlobalConfig;
import java.util.Arrays;
import java.util.Objects;

/** `router bgp ...` and the instance-wide switches: router ID, `bgp default ...` and profile-dependent flags. */
public final class BgpRouterCommands {
    private static final String ROUTER_HELP = "Enable a routing process\nBGP information\nAS number\nBGP view\n"
            + "BGP VRF\nView/VRF name";
    private static final long RESERVED_AS_2 = 65535;
    private static final long RESERVED_AS_4 = 4294967295L;

    private final BgpConfig config;
    private final GlobalConfig global;

    private BgpRouterCommands(BgpConfig config, GlobalConfig global) {
        this.config = config;
        this.global = global;
    }

    /** Installs the commands; returns the object VRF leaking uses to create instances as FRR does. */
    public static BgpRouterCommands install(Cli cli, BgpConfig config, GlobalConfig global) {
        BgpRouterCommands c = new BgpRouterCommands(config, global);
        String instance = "[(1-4294967295)$asn [<view|vrf>$kind VIEWVRFNAME]]";
        cli.install(Node.CONFIG, "router bgp " + instance, ROUTER_HELP, c::enter);
        cli.install(Node.CONFIG, "no router bgp " + instance, NO + ROUTER_HELP, c::remove);
        String idHelp = "BGP information\nOverride configured router identifier\nManually configured router identifier";
        cli.install(Node.BGP, "bgp router-id A.B.C.D", idHelp, ctx -> instance(ctx).routerId(ctx.arg("A.B.C.D")));
        cli.install(Node.BGP, "no bgp router-id [A.B.C.D]", NO + idHelp, ctx -> {
            String given = ctx.arg("A.B.C.D");
            String current = instance(ctx).routerId() == null ? "0.0.0.0" : instance(ctx).routerId();
            if (given != null && !given.equals(current)) {
                throw new CliError("% BGP router-id doesn't match");
            }
            instance(ctx).routerId(null);
        });
        installDefaults(cli);
        installReflection(cli);
        installFlag(cli, "bgp ebgp-requires-policy", "Require in and out policy for eBGP peers (RFC8212)",
                BgpInstance::ebgpRequiresPolicy);
        installFlag(cli, "bgp log-neighbor-changes", "Log neighbor up/down and reset reason",
                BgpInstance::logNeighborChanges);
        installFlag(cli, "bgp deterministic-med",
                "Pick the best-MED path among paths advertised from the neighboring AS",
                BgpInstance::deterministicMed);
        installFlag(cli, "bgp network import-check", "BGP network command\nCheck BGP network route exists in IGP",
                BgpInstance::importCheck);
        return c;
    }

    private static void installDefaults(Cli cli) {
        String words = String.join("|", Arrays.stream(BgpAddressFamily.values())
                .map(BgpAddressFamily::defaultWord).toList());
        String help = String.join("", Arrays.stream(BgpAddressFamily.values())
                .map(f -> "Activate " + f.defaultWord() + " for a peer by default\n").toList());
        cli.install(Node.BGP, "[no] bgp default <" + words + ">$family",
                NO + "BGP information\nConfigure BGP defaults\n" + help, ctx -> {
                    BgpInstance bgp = instance(ctx);
                    BgpAddressFamily family = BgpAddressFamily.fromDefaultWord(ctx.arg("family"));
                    if (!ctx.no() && conflictsWithUnicast(bgp, family)) {
                        // FRR reports the conflict but the command still succeeds.
                        ctx.println("% Cannot activate peer for both 'ipv4 unicast' and 'ipv4 labeled-unicast'");
                        return;
                    }
                    bgp.activatedByDefault(family, !ctx.no());
                });
    }

    /** `bgp cluster-id` (an address or a 32-bit number, kept dotted) and `bgp bestpath as-path multipath-relax`. */
    private static void installReflection(Cli cli) {
        String clusterHelp = "BGP information\nConfigure Route-Reflector Cluster-id\n"
                + "Route-Reflector Cluster-id in IP address format\nRoute-Reflector Cluster-id as 32 bit quantity";
        cli.install(Node.BGP, "bgp cluster-id <A.B.C.D|(1-4294967295)>$id", clusterHelp, ctx -> {
            String id = ctx.arg("id");
            instance(ctx).clusterId(id.contains(".") ? id
                    : dev.ferry.bgpd.nlri.Ipv4Addresses.format((int) Long.parseLong(id)));
        });
        cli.install(Node.BGP, "no bgp cluster-id [<A.B.C.D|(1-4294967295)>]", NO + clusterHelp,
                ctx -> instance(ctx).clusterId(null));
        String relaxHelp = "BGP information\nChange the default bestpath selection\nAS-path attribute\n"
                + "Allow load sharing across routes that have different AS paths (but same length)\n"
                + "Generate an AS_SET\nDo not generate an AS_SET";
        cli.install(Node.BGP, "bgp bestpath as-path multipath-relax [<as-set|no-as-set>$set]", relaxHelp,
                ctx -> instance(ctx).multipathRelax(true, "as-set".equals(ctx.arg("set"))));
        cli.install(Node.BGP, "no bgp bestpath as-path multipath-relax [<as-set|no-as-set>]", NO + relaxHelp,
                ctx -> instance(ctx).multipathRelax(false, false));
    }

    private static boolean conflictsWithUnicast(BgpInstance bgp, BgpAddressFamily family) {
        return (family == BgpAddressFamily.IPV4_LABELED_UNICAST
                && bgp.activatedByDefault(BgpAddressFamily.IPV4_UNICAST))
                || (family == BgpAddressFamily.IPV4_UNICAST
                && bgp.activatedByDefault(BgpAddressFamily.IPV4_LABELED_UNICAST))
                || (family == BgpAddressFamily.IPV6_LABELED_UNICAST
                && bgp.activatedByDefault(BgpAddressFamily.IPV6_UNICAST))
                || (family == BgpAddressFamily.IPV6_UNICAST
                && bgp.activatedByDefault(BgpAddressFamily.IPV6_LABELED_UNICAST));
    }

    private interface Flag {
        void set(BgpInstance bgp, boolean on);
    }

    private static void installFlag(Cli cli, String words, String help, Flag flag) {
        cli.install(Node.BGP, "[no] " + words, NO + "BGP information\n" + help,
                ctx -> flag.set(instance(ctx), !ctx.no()));
    }

    private void enter(CommandContext ctx) {
        BgpInstance bgp;
        if (!ctx.has("asn")) {
            bgp = onlyInstance();
        } else {
            long asn = ctx.number("asn");
            if (asn == RESERVED_AS_2 || asn == RESERVED_AS_4) {
                ctx.println("Reserved AS used (" + RESERVED_AS_2 + "|" + RESERVED_AS_4 + "); AS is " + asn);
            }
            bgp = getOrCreate(asn, type(ctx), name(ctx));
        }
        ctx.enter(Node.BGP, bgp);
    }

    /** FRR's `router bgp` without an AS: the default instance, if it is the only one. */
    private BgpInstance onlyInstance() {
        BgpInstance bgp = config.defaultInstance();
        if (bgp == null) {
            throw new CliError("% No BGP process is configured");
        }
        if (config.instances().size() > 1) {
            throw new CliError("% Please specify ASN and VRF");
        }
        return bgp;
    }

    /** FRR's bgp_get: the existing instance if AS and kind agree, else a new one. */
    BgpInstance getOrCreate(long asn, BgpInstanceType type, String name) {
        BgpInstance existing = config.find(name);
        if (existing != null) {
            if (existing.asn() != asn) {
                throw new CliError("BGP is already running; AS is " + existing.asn());
            }
            if (existing.type() != type) {
                throw new CliError("BGP instance name and AS number mismatch\nBGP instance is already running; AS is "
                        + asn);
            }
            return existing;
        }
        BgpInstance bgp = new BgpInstance(asn, type, name, BgpDefaults.of(global.defaults()));
        config.add(bgp);
        return bgp;
    }

    private static BgpInstanceType type(CommandContext ctx) {
        if (!ctx.has("kind")) {
            return BgpInstanceType.DEFAULT;
        }
        if (ctx.arg("kind").equals("view")) {
            return BgpInstanceType.VIEW;
        }
        return ctx.arg("VIEWVRFNAME").equals(BgpConfig.DEFAULT_VRF) ? BgpInstanceType.DEFAULT : BgpInstanceType.VRF;
    }

    private static String name(CommandContext ctx) {
        return type(ctx) == BgpInstanceType.DEFAULT ? null : ctx.arg("VIEWVRFNAME");
    }

    private void remove(CommandContext ctx) {
        BgpInstance bgp;
        if (!ctx.has("asn")) {
            bgp = onlyInstance();
        } else {
            long asn = ctx.number("asn");
            String name = name(ctx);
            bgp = config.instances().stream()
                    .filter(i -> i.asn() == asn && Objects.equals(i.name(), name))
                    .findFirst().orElseThrow(() -> new CliError("% Can't find BGP instance"));
        }
        if (bgp.type() == BgpInstanceType.DEFAULT && hasDependentVrfs()) {
            throw new CliError("% Cannot delete default BGP instance. Dependent VRF instances exist");
        }
        VrfLeaking.forget(config, bgp);
        config.remove(bgp);
    }

    /** VRF instances leaking through the default instance's VPN table, or exporting to other VRFs. */
    private boolean hasDependentVrfs() {
        for (BgpInstance vrf : config.vrfInstances()) {
            for (BgpAddressFamily f : new BgpAddressFamily[] {BgpAddressFamily.IPV4_UNICAST,
                BgpAddressFamily.IPV6_UNICAST}) {
                var vpn = vrf.family(f).vpn();
                if (vpn.exportToVpn() || vpn.importFromVpn() || !vpn.exportVrfs().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
