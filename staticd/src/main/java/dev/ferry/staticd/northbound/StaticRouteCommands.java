package dev.ferry.staticd.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.staticd.config.BlackholeType;
import dev.ferry.staticd.config.NexthopType;
import dev.ferry.staticd.config.StaticConfig;
import dev.ferry.staticd.config.StaticNexthop;
import dev.ferry.staticd.config.StaticPath;
import dev.ferry.staticd.config.StaticRoute;
import dev.ferry.staticd.config.StaticVrf;
import java.util.ArrayList;
import java.util.List;

/** `[no] ip route ...` and `[no] ipv6 route ...`, at the config node and inside `vrf NAME`. */
public final class StaticRouteCommands {
    private static final int MAX_LABELS = 16;
    /** FRR's SRV6_MAX_SIDS. */
    private static final int MAX_SEGMENTS = 16;
    private static final long MIN_LABEL = 16;
    private static final long MAX_LABEL = 1048575;

    private final StaticConfig config;

    private StaticRouteCommands(StaticConfig config) {
        this.config = config;
    }

    public static void install(Cli cli, StaticConfig config) {
        StaticRouteCommands c = new StaticRouteCommands(config);
        for (boolean ipv6 : new boolean[] {false, true}) {
            for (StaticRouteSyntax.Form f : StaticRouteSyntax.forms(ipv6, true)) {
                cli.install(Node.CONFIG, f.syntax(), f.help(), ctx -> c.configure(ctx, ctx.arg("vrfname", StaticConfig.DEFAULT_VRF), ipv6));
            }
            for (StaticRouteSyntax.Form f : StaticRouteSyntax.forms(ipv6, false)) {
                cli.install(Node.VRF, f.syntax(), f.help(),
                        ctx -> c.configure(ctx, ctx.data(VrfNode.class).name(), ipv6));
            }
        }
    }

    private void configure(CommandContext ctx, String vrf, boolean ipv6) {
        IpPrefix prefix = destination(ctx).masked();
        long table = ctx.has("table") ? ctx.number("table_id") : 0;
        StaticNexthop nexthop = nexthop(ctx, vrf, ipv6);
        if (ctx.no()) {
            StaticVrf routes = config.findVrf(vrf);
            if (routes == null || !routes.remove(prefix, table, nexthop)) {
                ctx.println("% Refusing to remove a non-existent route");
            }
            config.changed();
            return;
        }
        validate(vrf, prefix, table, nexthop, ctx);
        int distance = ctx.has("distance") ? (int) ctx.number("distance") : 1;
        long tag = ctx.has("tag") ? ctx.number("tag_value") : 0;
        config.vrf(vrf).add(prefix, table, distance, tag, nexthop);
        config.changed();
    }

    private static IpPrefix destination(CommandContext ctx) {
        String prefix = ctx.arg("prefix");
        if (ctx.has("mask")) {
            return new IpPrefix(IpAddresses.parseIpv4(prefix), maskLength(IpAddresses.parseIpv4(ctx.arg("mask"))));
        }
        return IpPrefix.parse(prefix);
    }

    /** FRR's ip_masklen: the number of leading one bits. */
    private static int maskLength(byte[] mask) {
        int bits = 0;
        for (byte b : mask) {
            int v = b & 0xff;
            while ((v & 0x80) != 0) {
                bits++;
                v = (v << 1) & 0xff;
            }
            if (v != 0 || (b & 0xff) != 0xff) {
                break;
            }
        }
        return bits;
    }

    private static StaticNexthop nexthop(CommandContext ctx, String vrf, boolean ipv6) {
        String gate = ctx.arg("gate");
        String ifname = ctx.arg("ifname");
        String flag = ctx.arg("flag");
        if (ifname != null && ifname.regionMatches(true, 0, "Null0", 0, 5)) {
            flag = "Null0";
            ifname = null;
        }
        NexthopType type;
        if (gate == null && ifname == null) {
            type = NexthopType.BLACKHOLE;
        } else if (gate != null && ifname != null) {
            type = ipv6 ? NexthopType.IPV6_GATEWAY_INTERFACE : NexthopType.IPV4_GATEWAY_INTERFACE;
        } else if (ifname != null) {
            type = NexthopType.INTERFACE;
        } else {
            type = ipv6 ? NexthopType.IPV6_GATEWAY : NexthopType.IPV4_GATEWAY;
        }
        BlackholeType blackhole = type == NexthopType.BLACKHOLE ? blackhole(flag) : null;
        IpPrefix gateway = gate == null ? null : IpPrefix.host(IpAddresses.parse(gate));
        boolean onlink = type == NexthopType.IPV4_GATEWAY_INTERFACE || type == NexthopType.IPV6_GATEWAY_INTERFACE
                ? ctx.has("onlink") : false;
        long color = type.hasGateway() && ctx.has("color") ? ctx.number("color_value") : 0;
        return new StaticNexthop(type, gateway, ifname, ctx.arg("nhvrf", vrf), blackhole, labels(ctx), onlink,
                color, segments(ctx));
    }

    private static BlackholeType blackhole(String flag) {
        if (flag == null) {
            return BlackholeType.NULL;
        }
        return switch (flag.charAt(0)) {
            case 'r' -> BlackholeType.REJECT;
            case 'b' -> BlackholeType.DROP;
            default -> BlackholeType.NULL;
        };
    }

    private static List<String> labels(CommandContext ctx) {
        if (!ctx.has("label")) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (String piece : ctx.arg("labels").split("/", -1)) {
            if (!piece.matches("[0-9]{1,7}") || Long.parseLong(piece) < MIN_LABEL
                    || Long.parseLong(piece) > MAX_LABEL) {
                throw new CliError("% Malformed label(s)");
            }
            labels.add(Long.toString(Long.parseLong(piece)));
        }
        if (labels.size() > MAX_LABELS) {
            throw NorthboundErrors.validation("Too many labels, Enter " + MAX_LABELS + " or fewer");
        }
        return labels;
    }

    /** `segments A/B/C`: IPv6 addresses separated by '/', as FRR 9 takes them. */
    private static List<String> segments(CommandContext ctx) {
        if (!ctx.has("segments")) {
            return List.of();
        }
        List<String> segs = new ArrayList<>();
        for (String piece : ctx.arg("segs").split("/", -1)) {
            byte[] a;
            try {
                a = IpAddresses.parse(piece);
            } catch (IllegalArgumentException e) {
                a = null;
            }
            if (a == null || a.length != 16) {
                throw new CliError("% Malformed segment(s): " + piece + " is not an IPv6 address");
            }
            segs.add(IpAddresses.format(a));
        }
        if (segs.size() > MAX_SEGMENTS) {
            throw NorthboundErrors.validation("Too many segments, Enter " + MAX_SEGMENTS + " or fewer");
        }
        return segs;
    }

    /** FRR's northbound checks, made before anything changes. */
    private void validate(String vrf, IpPrefix prefix, long table, StaticNexthop nexthop, CommandContext ctx) {
        String ifname = nexthop.iface();
        if (ifname != null && (ifname.equalsIgnoreCase("reject") || ifname.equalsIgnoreCase("blackhole"))) {
            throw NorthboundErrors.validation(ifname
                    + ": Nexthop interface name can not be from reserved keywords(Null0, reject, blackhole)");
        }
        if (table != 0 && !vrf.equals(StaticConfig.DEFAULT_VRF)) {
            throw NorthboundErrors.validation("% table param only available when running on netns-based vrfs");
        }
        int distance = ctx.has("distance") ? (int) ctx.number("distance") : 1;
        if (mixesBlackhole(vrf, prefix, table, distance, nexthop)) {
            throw NorthboundErrors.validation(
                    "Route cannot have blackhole and non-blackhole nexthops simultaneously");
        }
    }

    /** Whether the path this nexthop joins would hold a blackhole next to another nexthop. */
    private boolean mixesBlackhole(String vrf, IpPrefix prefix, long table, int distance, StaticNexthop nexthop) {
        StaticVrf routes = config.findVrf(vrf);
        StaticRoute route = routes == null ? null : routes.route(prefix);
        if (route == null) {
            return false;
        }
        for (StaticPath path : route.paths()) {
            if (path.table() != table || path.distance() != distance) {
                continue;
            }
            List<StaticNexthop> others = path.nexthops().stream().filter(n -> !n.sameAs(nexthop)).toList();
            boolean blackhole = nexthop.type() == NexthopType.BLACKHOLE
                    || others.stream().anyMatch(n -> n.type() == NexthopType.BLACKHOLE);
            return blackhole && !others.isEmpty();
        }
        return false;
    }
}
