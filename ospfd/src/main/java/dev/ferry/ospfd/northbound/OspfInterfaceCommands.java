package dev.ferry.ospfd.northbound;

import static dev.ferry.ospfd.northbound.OspfRouterCommands.NO;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.InterfaceNodeCommands;
import dev.ferry.ospfd.config.OspfAuthentication;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.OspfInterfaceConfig;
import dev.ferry.ospfd.config.OspfNetworkType;
import dev.ferry.ospfd.shared.AreaId;

/** ospfd's interface node: lib's `interface IFNAME [vrf NAME]` and description, plus `ip ospf ...`. */
public final class OspfInterfaceCommands {
    private static final String IP_OSPF = "IP Information\nOSPF interface commands\n";
    private static final String NETWORK_TYPES = "Specify OSPF broadcast multi-access network\n"
            + "Specify OSPF NBMA network\nSpecify OSPF point-to-multipoint network\n"
            + "Specify OSPF point-to-point network\n";

    private final OspfConfig config;

    private OspfInterfaceCommands(OspfConfig config) {
        this.config = config;
    }

    public static void install(Cli cli, OspfConfig config) {
        OspfInterfaceCommands c = new OspfInterfaceCommands(config);
        InterfaceNodeCommands.install(cli, config.interfaces());
        c.installArea(cli);
        installTimers(cli);
        installNetworkType(cli);
        installAuthentication(cli);
        cli.install(Node.INTERFACE, "[no] ip ospf passive",
                NO + IP_OSPF + "Suppress routing updates on an interface",
                ctx -> iface(ctx).applyPassive(!ctx.no()));
        cli.install(Node.INTERFACE, "[no] ip ospf mtu-ignore",
                NO + IP_OSPF + "Disable MTU mismatch detection on this interface",
                ctx -> iface(ctx).mtuIgnore(!ctx.no()));
    }

    private static OspfInterfaceConfig iface(CommandContext ctx) {
        return ctx.data(OspfInterfaceConfig.class);
    }

    private void installArea(Cli cli) {
        String help = "Enable OSPF on this interface\nOSPF area ID in IP address format\nOSPF area ID as a decimal value";
        cli.install(Node.INTERFACE, "ip ospf area <A.B.C.D|(0-4294967295)>$area", IP_OSPF + help, ctx -> {
            OspfInterfaceConfig iface = iface(ctx);
            AreaId area = AreaId.parse(ctx.arg("area"));
            OspfInstance ospf = config.instance(iface.vrf());
            if (ospf != null && ospf.hasNetworks()) {
                throw new CliError("Please remove all network commands first.");
            }
            if (iface.area() != null && !iface.area().sameArea(area)) {
                throw new CliError("Must remove previous area config before changing ospf area ");
            }
            iface.area(area);
        });
        cli.install(Node.INTERFACE, "no ip ospf area [<A.B.C.D|(0-4294967295)>]", NO + IP_OSPF + help, ctx -> {
            if (iface(ctx).area() == null) {
                throw new CliError("Can't find specified interface area configuration.");
            }
            iface(ctx).area(null);
        });
    }

    private static void installTimers(Cli cli) {
        cli.install(Node.INTERFACE, "ip ospf cost (1-65535)", IP_OSPF + "Interface cost\nCost",
                ctx -> iface(ctx).cost((int) ctx.number("(1-65535)")));
        cli.install(Node.INTERFACE, "no ip ospf cost [(1-65535)]", NO + IP_OSPF + "Interface cost\nCost",
                ctx -> iface(ctx).cost(null));
        String hello = "Time between HELLO packets\nSeconds";
        cli.install(Node.INTERFACE, "ip ospf hello-interval (1-65535)", IP_OSPF + hello,
                ctx -> iface(ctx).helloInterval((int) ctx.number("(1-65535)")));
        cli.install(Node.INTERFACE, "no ip ospf hello-interval [(1-65535)]", NO + IP_OSPF + hello,
                ctx -> iface(ctx).helloInterval(OspfInterfaceConfig.DEFAULT_HELLO));
        String dead = "Interval time after which a neighbor is declared down\nSeconds";
        cli.install(Node.INTERFACE, "ip ospf dead-interval (1-65535)", IP_OSPF + dead,
                ctx -> iface(ctx).deadInterval((int) ctx.number("(1-65535)")));
        cli.install(Node.INTERFACE, "no ip ospf dead-interval [(1-65535)]", NO + IP_OSPF + dead,
                ctx -> iface(ctx).deadInterval(null));
        String priority = "Router priority\nPriority";
        cli.install(Node.INTERFACE, "ip ospf priority (0-255)", IP_OSPF + priority,
                ctx -> iface(ctx).priority((int) ctx.number("(0-255)")));
        cli.install(Node.INTERFACE, "no ip ospf priority [(0-255)]", NO + IP_OSPF + priority,
                ctx -> iface(ctx).priority(OspfInterfaceConfig.DEFAULT_PRIORITY));
    }

    private static void installNetworkType(Cli cli) {
        cli.install(Node.INTERFACE,
                "ip ospf network <broadcast|non-broadcast|point-to-multipoint|point-to-point [dmvpn]>",
                IP_OSPF + "Network type\n" + NETWORK_TYPES + "Specify OSPF point-to-point DMVPN network",
                ctx -> iface(ctx).networkType(networkType(ctx), ctx.has("dmvpn")));
        cli.install(Node.INTERFACE,
                "no ip ospf network [<broadcast|non-broadcast|point-to-multipoint|point-to-point>]",
                NO + IP_OSPF + "Network type\n" + NETWORK_TYPES, ctx -> iface(ctx).networkType(null, false));
    }

    private static void installAuthentication(Cli cli) {
        String auth = "Enable authentication on this interface\nUse null authentication\n"
                + "Use message-digest authentication";
        cli.install(Node.INTERFACE, "ip ospf authentication [<null|message-digest>$kind]", IP_OSPF + auth,
                ctx -> iface(ctx).authentication(kind(ctx.arg("kind"))));
        cli.install(Node.INTERFACE, "no ip ospf authentication [<null|message-digest>$kind]", NO + IP_OSPF + auth,
                ctx -> {
                    // Without a kind any authentication goes; with one, only that kind.
                    OspfInterfaceConfig iface = iface(ctx);
                    if (iface.authentication() != null
                            && (!ctx.has("kind") || iface.authentication() == kind(ctx.arg("kind")))) {
                        iface.authentication(null);
                    }
                });
        String key = "Authentication password (key)\nThe OSPF password (key)";
        cli.install(Node.INTERFACE, "ip ospf authentication-key AUTH_KEY", IP_OSPF + key,
                ctx -> iface(ctx).authenticationKey(truncate(ctx.arg("AUTH_KEY"), 8)));
        cli.install(Node.INTERFACE, "no ip ospf authentication-key [AUTH_KEY]", NO + IP_OSPF + key,
                ctx -> iface(ctx).authenticationKey(null));
        String md5 = "Message digest authentication password (key)\nKey ID\nUse MD5 algorithm\nThe OSPF password (key)";
        cli.install(Node.INTERFACE, "ip ospf message-digest-key (1-255) md5 KEY", IP_OSPF + md5,
                ctx -> iface(ctx).messageDigestKey((int) ctx.number("(1-255)"), truncate(ctx.arg("KEY"), 16)));
        cli.install(Node.INTERFACE, "no ip ospf message-digest-key (1-255) [md5 KEY]", NO + IP_OSPF + md5, ctx -> {
            int id = (int) ctx.number("(1-255)");
            if (!iface(ctx).removeMessageDigestKey(id)) {
                throw new CliError("OSPF: Key " + id + " does not exist");
            }
        });
    }

    /** The type named on the line (a `$name` on the group would not reach inside "point-to-point [dmvpn]"). */
    private static OspfNetworkType networkType(CommandContext ctx) {
        for (OspfNetworkType t : OspfNetworkType.values()) {
            if (ctx.has(t.word())) {
                return t;
            }
        }
        throw new IllegalStateException("no network type in " + ctx.line());
    }

    private static OspfAuthentication kind(String word) {
        if (word == null) {
            return OspfAuthentication.SIMPLE;
        }
        return word.equals("null") ? OspfAuthentication.NULL : OspfAuthentication.MESSAGE_DIGEST;
    }

    /** FRR keeps keys in fixed-size buffers: 8 bytes for simple passwords, 16 for MD5 keys. */
    private static String truncate(String key, int max) {
        return key.length() > max ? key.substring(0, max) : key;
    }
}
