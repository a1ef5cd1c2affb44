package dev.ferry.zebra.rib;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.zebra.config.ZebraVrf;
import java.util.function.Predicate;

/**
 * zebra's router-id commands as FRR 8.4 has them (router-id.c): `ip router-id A.B.C.D [vrf NAME]` and its
 * alias `router-id`, `ipv6 router-id X:X::X:X [vrf NAME]`, the same without `vrf` inside a `vrf NAME`
 * block, their `no` forms, and `show [ip|ipv6] router-id [vrf NAME]`.
 */
public final class RouterIdCommands {
    private static final String IP_HELP = "IP information\n";
    private static final String IPV6_HELP = "IPv6 information\n";
    private static final String SET_HELP = "Manually set the router-id\n";
    private static final String V4_HELP = "IP address to use for router-id\n";
    private static final String V6_HELP = "IPv6 address to use for router-id\n";
    private static final String VRF_HELP = "Specify the VRF\nThe VRF name\n";
    private static final String NO_HELP = "Negate a command or set its defaults\n";
    private static final String REMOVE_HELP = "Remove the manually configured router-id\n";

    private RouterIdCommands() {
    }

    /** @param vrfConfigured whether a VRF of that name is configured (FRR's vrf_lookup_by_name) */
    public static void install(Cli cli, RouterIds ids, RibVrfs vrfs, Predicate<String> vrfConfigured) {
        cli.install(Node.CONFIG, "ip router-id A.B.C.D$id [vrf NAME$vrf]", IP_HELP + SET_HELP + V4_HELP + VRF_HELP,
                ctx -> set(ctx, ids, vrfs, vrfConfigured, Afi.IPV4));
        cli.install(Node.CONFIG, "router-id A.B.C.D$id [vrf NAME$vrf]", SET_HELP + V4_HELP + VRF_HELP,
                ctx -> set(ctx, ids, vrfs, vrfConfigured, Afi.IPV4));
        cli.install(Node.CONFIG, "ipv6 router-id X:X::X:X$id [vrf NAME$vrf]",
                IPV6_HELP + SET_HELP + V6_HELP + VRF_HELP, ctx -> set(ctx, ids, vrfs, vrfConfigured, Afi.IPV6));
        cli.install(Node.CONFIG, "no ip router-id [A.B.C.D [vrf NAME$vrf]]",
                NO_HELP + IP_HELP + REMOVE_HELP + V4_HELP + VRF_HELP,
                ctx -> unset(ctx, ids, vrfs, vrfConfigured, Afi.IPV4));
        cli.install(Node.CONFIG, "no router-id [A.B.C.D [vrf NAME$vrf]]", NO_HELP + REMOVE_HELP + V4_HELP + VRF_HELP,
                ctx -> unset(ctx, ids, vrfs, vrfConfigured, Afi.IPV4));
        cli.install(Node.CONFIG, "no ipv6 router-id [X:X::X:X [vrf NAME$vrf]]",
                NO_HELP + IPV6_HELP + REMOVE_HELP + V6_HELP + VRF_HELP,
                ctx -> unset(ctx, ids, vrfs, vrfConfigured, Afi.IPV6));

        cli.install(Node.VRF, "ip router-id A.B.C.D$id", IP_HELP + SET_HELP + V4_HELP,
                ctx -> ids.configure(ctx.data(ZebraVrf.class).name(), Afi.IPV4, IpAddress.parse(ctx.arg("id"))));
        cli.install(Node.VRF, "router-id A.B.C.D$id", SET_HELP + V4_HELP,
                ctx -> ids.configure(ctx.data(ZebraVrf.class).name(), Afi.IPV4, IpAddress.parse(ctx.arg("id"))));
        cli.install(Node.VRF, "ipv6 router-id X:X::X:X$id", IPV6_HELP + SET_HELP + V6_HELP,
                ctx -> ids.configure(ctx.data(ZebraVrf.class).name(), Afi.IPV6, IpAddress.parse(ctx.arg("id"))));
        cli.install(Node.VRF, "no ip router-id [A.B.C.D]", NO_HELP + IP_HELP + REMOVE_HELP + V4_HELP,
                ctx -> ids.configure(ctx.data(ZebraVrf.class).name(), Afi.IPV4, null));
        cli.install(Node.VRF, "no router-id [A.B.C.D]", NO_HELP + REMOVE_HELP + V4_HELP,
                ctx -> ids.configure(ctx.data(ZebraVrf.class).name(), Afi.IPV4, null));
        cli.install(Node.VRF, "no ipv6 router-id [X:X::X:X]", NO_HELP + IPV6_HELP + REMOVE_HELP + V6_HELP,
                ctx -> ids.configure(ctx.data(ZebraVrf.class).name(), Afi.IPV6, null));

        cli.install(Node.VIEW, "show [ip|ipv6$v6] router-id [vrf NAME$vrf]",
                "Show running system information\n" + IP_HELP + IPV6_HELP + "Show the configured router-id\n"
                        + VRF_HELP,
                ctx -> show(ctx, ids, vrfs, vrfConfigured));
    }

    /** FRR's VRF_GET_ID for the `vrf NAME` forms: the VRF's name, or null after printing the error. */
    private static String vrfName(CommandContext ctx, RibVrfs vrfs, Predicate<String> vrfConfigured) {
        String name = ctx.arg("vrf");
        if (name == null) {
            return RibVrf.DEFAULT_NAME;
        }
        if (vrfs.byName(name) != null) {
            return name;
        }
        ctx.warning("% VRF " + name + (vrfConfigured.test(name) ? " not active" : " not found"));
        return null;
    }

    private static void set(CommandContext ctx, RouterIds ids, RibVrfs vrfs, Predicate<String> vrfConfigured,
            Afi afi) {
        String vrf = vrfName(ctx, vrfs, vrfConfigured);
        if (vrf != null) {
            ids.configure(vrf, afi, IpAddress.parse(ctx.arg("id")));
        }
    }

    private static void unset(CommandContext ctx, RouterIds ids, RibVrfs vrfs, Predicate<String> vrfConfigured,
            Afi afi) {
        String vrf = vrfName(ctx, vrfs, vrfConfigured);
        if (vrf != null) {
            ids.configure(vrf, afi, null);
        }
    }

    private static void show(CommandContext ctx, RouterIds ids, RibVrfs vrfs, Predicate<String> vrfConfigured) {
        String vrf = vrfName(ctx, vrfs, vrfConfigured);
        if (vrf == null) {
            return;
        }
        IpAddress id = ids.configured(vrf, ctx.has("v6") ? Afi.IPV6 : Afi.IPV4);
        if (id != null) {
            ctx.print("zebra:\n     router-id " + id + " vrf " + vrf + "\n");
        }
    }

    /**
     * The router-id lines of one VRF for running-config (FRR's router_id_write): at top level for the default
     * VRF, inside the `vrf NAME` block for others.
     */
    public static void writeConfig(RouterIds ids, String vrfName, ConfigWriter w) {
        IpAddress v4 = ids.configured(vrfName, Afi.IPV4);
        IpAddress v6 = ids.configured(vrfName, Afi.IPV6);
        if (v4 != null) {
            w.line("ip router-id " + v4);
        }
        if (v6 != null) {
            w.line("ipv6 router-id " + v6);
        }
    }
}
