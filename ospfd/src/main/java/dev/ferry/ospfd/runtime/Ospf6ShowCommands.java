package dev.ferry.ospfd.runtime;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.ospfd.ospf6.show.ShowOspf6Database;
import dev.ferry.ospfd.ospf6.show.ShowOspf6Instance;
import dev.ferry.ospfd.ospf6.show.ShowOspf6Interfaces;
import dev.ferry.ospfd.ospf6.show.ShowOspf6Neighbors;
import dev.ferry.ospfd.ospf6.show.ShowOspf6Routes;
import dev.ferry.ospfd.lsa.LsaTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * ospf6d's show commands, as FRR 8.4 prints them (text and `json`): the instance, neighbors, interfaces, the
 * database and the route table of the default VRF's instance, or of `vrf NAME`'s.
 */
public final class Ospf6ShowCommands {
    private static final String HEAD = "show ipv6 ospf6 [vrf NAME$vrf_name] ";
    private static final String HEAD_HELP = "Show running system information\nIPv6 Information\n"
            + "Open Shortest Path First (OSPF) for IPv6\nSpecify the VRF\nThe VRF name\n";
    private static final String JSON_HELP = "JavaScript Object Notation\n";
    /** The type keywords of FRR 8.4's `show ipv6 ospf6 database <...>`, in its order, and their LS types. */
    private static final Map<String, Integer> DATABASE_TYPES = new LinkedHashMap<>();
    private static final String DATABASE_TYPES_HELP = "Display Router LSAs\nDisplay Network LSAs\n"
            + "Display Inter-Area-Prefix LSAs\nDisplay Inter-Area-Router LSAs\nDisplay As-External LSAs\n"
            + "Display Group-Membership LSAs\nDisplay Type-7 LSAs\nDisplay Link LSAs\nDisplay Intra-Area-Prefix LSAs\n";

    static {
        DATABASE_TYPES.put("router", LsaTypes.V3_ROUTER);
        DATABASE_TYPES.put("network", LsaTypes.V3_NETWORK);
        DATABASE_TYPES.put("inter-prefix", LsaTypes.V3_INTER_AREA_PREFIX);
        DATABASE_TYPES.put("inter-router", LsaTypes.V3_INTER_AREA_ROUTER);
        DATABASE_TYPES.put("as-external", LsaTypes.V3_AS_EXTERNAL);
        DATABASE_TYPES.put("group-membership", 0x2006);
        DATABASE_TYPES.put("type-7", LsaTypes.V3_NSSA);
        DATABASE_TYPES.put("link", LsaTypes.V3_LINK);
        DATABASE_TYPES.put("intra-prefix", LsaTypes.V3_INTRA_AREA_PREFIX);
    }

    private Ospf6ShowCommands() {
    }

    public static void install(Cli cli, OspfService service) {
        cli.install(Node.VIEW, HEAD + "[json$json]", HEAD_HELP + JSON_HELP,
                ctx -> show(ctx, service, r -> ShowOspf6Instance.render(Ospf6Views.instance(r), json(ctx))));
        cli.install(Node.VIEW, HEAD + "neighbor [<detail$detail|drchoice$drchoice>] [json$json]",
                HEAD_HELP + "Neighbor list\nDisplay details\nDisplay DR choices\n" + JSON_HELP,
                ctx -> show(ctx, service, r -> ShowOspf6Neighbors.render(Ospf6Views.neighbors(r),
                        ctx.has("detail") ? ShowOspf6Neighbors.Level.DETAIL : ctx.has("drchoice")
                                ? ShowOspf6Neighbors.Level.DRCHOICE : ShowOspf6Neighbors.Level.BRIEF, json(ctx))));
        cli.install(Node.VIEW, HEAD + "interface [IFNAME$ifname] [json$json]",
                HEAD_HELP + "Interface information\nInterface name(e.g. ep0)\n" + JSON_HELP,
                ctx -> show(ctx, service, r -> interfaces(ctx, service, r)));
        cli.install(Node.VIEW, HEAD + "database [json$json]", HEAD_HELP + "Display Link state database\n"
                + JSON_HELP, ctx -> show(ctx, service, r -> ShowOspf6Database.render(Ospf6Views.database(r),
                        json(ctx))));
        cli.install(Node.VIEW, HEAD + "database <" + String.join("|", DATABASE_TYPES.keySet()) + ">$type [json$json]",
                HEAD_HELP + "Display Link state database\n" + DATABASE_TYPES_HELP + JSON_HELP,
                ctx -> show(ctx, service, r -> ShowOspf6Database.render(Ospf6Views.database(r),
                        DATABASE_TYPES.get(ctx.arg("type")), json(ctx))));
        cli.install(Node.VIEW, HEAD + "route [json$json]", HEAD_HELP + "Routing Table\n" + JSON_HELP,
                ctx -> show(ctx, service, r -> ShowOspf6Routes.render(Ospf6Views.routes(r), json(ctx))));
    }

    private static boolean json(CommandContext ctx) {
        return ctx.has("json");
    }

    private static String interfaces(CommandContext ctx, OspfService service, OspfRouter r) {
        var views = Ospf6Views.interfaces(r, service.kernel(), OspfService.zebraVrf(r.instance.vrf()));
        String name = ctx.arg("ifname");
        if (name == null) {
            return ShowOspf6Interfaces.all(views, json(ctx));
        }
        return ShowOspf6Interfaces.one(name, views.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElse(null), json(ctx));
    }

    private static void show(CommandContext ctx, OspfService service, Function<OspfRouter, String> render) {
        OspfRouter r = service.routers().get(ctx.arg("vrf_name", "default"));
        if (r == null) {
            ctx.print(json(ctx) ? "{\n}\n" : ShowOspf6Instance.NOT_FOUND);
            return;
        }
        ctx.print(render.apply(r));
    }
}
