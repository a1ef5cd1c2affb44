package dev.ferry.ospfd.northbound;

import static dev.ferry.ospfd.northbound.OspfRouterCommands.NO;
import static dev.ferry.ospfd.northbound.OspfRouterCommands.instance;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.OspfNetwork;
import dev.ferry.ospfd.shared.AreaId;

/** `network ... area ...` and the `area ...` commands (stub, range, virtual-link). */
public final class OspfAreaCommands {
    static final String AREA = "<A.B.C.D|(0-4294967295)>$area";
    static final String AREA_HELP = "OSPF area parameters\nOSPF area ID in IP address format\n"
            + "OSPF area ID as a decimal value\n";
    private static final String RANGE_HELP = "Summarize routes matching address/mask (border routers only)\n"
            + "Area range prefix\n";

    private final OspfConfig config;

    private OspfAreaCommands(OspfConfig config) {
        this.config = config;
    }

    public static void install(Cli cli, OspfConfig config) {
        OspfAreaCommands c = new OspfAreaCommands(config);
        String networkHelp = "Enable routing on an IP network\nOSPF network prefix\nSet the OSPF area ID\n"
                + "OSPF area ID in IP address format\nOSPF area ID as a decimal value";
        cli.install(Node.ROUTER_OSPF, "network A.B.C.D/M area " + AREA, networkHelp, c::addNetwork);
        cli.install(Node.ROUTER_OSPF, "no network A.B.C.D/M area " + AREA, NO + networkHelp,
                OspfAreaCommands::removeNetwork);
        cli.install(Node.ROUTER_OSPF, "area " + AREA + " stub [no-summary]",
                AREA_HELP + "Configure OSPF area as stub\nDo not inject inter-area routes into stub",
                ctx -> stubArea(ctx).stub(true, ctx.has("no-summary")));
        OspfVirtualLinkCommands.install(cli);
        cli.install(Node.ROUTER_OSPF, "no area " + AREA + " stub [no-summary]",
                NO + AREA_HELP + "Configure OSPF area as stub\nDo not inject inter-area routes into stub",
                OspfAreaCommands::removeStub);
        cli.install(Node.ROUTER_OSPF, "area " + AREA + " range A.B.C.D/M [advertise [cost (0-16777215)]]",
                AREA_HELP + RANGE_HELP + "Advertise this range (default)\nUser specified metric for this range\n"
                        + "Advertised metric for this range",
                ctx -> setRange(ctx, true));
        cli.install(Node.ROUTER_OSPF, "area " + AREA + " range A.B.C.D/M not-advertise",
                AREA_HELP + RANGE_HELP + "DoNotAdvertise this range", ctx -> setRange(ctx, false));
        cli.install(Node.ROUTER_OSPF, "no area " + AREA + " range A.B.C.D/M "
                + "[<cost (0-16777215)|advertise [cost (0-16777215)]|not-advertise>]",
                NO + AREA_HELP + RANGE_HELP + "User specified metric for this range\n"
                        + "Advertised metric for this range\nAdvertise this range (default)\n"
                        + "User specified metric for this range\nAdvertised metric for this range\n"
                        + "DoNotAdvertise this range",
                ctx -> {
                    OspfArea area = instance(ctx).findArea(AreaId.parse(ctx.arg("area")));
                    if (area != null) {
                        area.removeRange(IpPrefix.parse(ctx.arg("A.B.C.D/M")).masked());
                    }
                });
    }

    private void addNetwork(CommandContext ctx) {
        OspfInstance ospf = instance(ctx);
        if (!config.interfacesWithArea(ospf.vrf()).isEmpty()) {
            throw new CliError("Please remove all ip ospf area x.x.x.x commands first.");
        }
        IpPrefix prefix = IpPrefix.parse(ctx.arg("A.B.C.D/M")).masked();
        AreaId area = AreaId.parse(ctx.arg("area"));
        OspfNetwork existing = ospf.network(prefix);
        if (existing != null) {
            if (!existing.area().sameArea(area)) {
                throw new CliError("There is already same network statement.");
            }
            return;
        }
        ospf.addNetwork(new OspfNetwork(prefix, area));
    }

    private static void removeNetwork(CommandContext ctx) {
        OspfInstance ospf = instance(ctx);
        IpPrefix prefix = IpPrefix.parse(ctx.arg("A.B.C.D/M")).masked();
        OspfNetwork existing = ospf.network(prefix);
        if (existing == null || !existing.area().sameArea(AreaId.parse(ctx.arg("area")))) {
            throw new CliError("Can't find specified network area configuration.");
        }
        ospf.removeNetwork(prefix);
    }

    /** The area a stub command names; the backbone cannot be a stub. */
    private static OspfArea stubArea(CommandContext ctx) {
        AreaId id = AreaId.parse(ctx.arg("area"));
        if (id.isBackbone()) {
            throw new CliError("% You can't configure stub to backbone");
        }
        if (instance(ctx).hasVirtualLinkThrough(id)) {
            throw new CliError(ctx.has("no-summary") ? "% Area cannot be stub as it contains a virtual link"
                    : "First deconfigure all virtual link through this area");
        }
        return instance(ctx).area(id);
    }

    private static void removeStub(CommandContext ctx) {
        AreaId id = AreaId.parse(ctx.arg("area"));
        if (id.isBackbone()) {
            throw new CliError("% You can't configure stub to backbone");
        }
        OspfArea area = instance(ctx).findArea(id);
        if (area != null) {
            area.stub(ctx.has("no-summary") && area.stub(), false);
        }
    }

    private static void setRange(CommandContext ctx, boolean advertise) {
        OspfArea area = instance(ctx).area(AreaId.parse(ctx.arg("area")));
        IpPrefix prefix = IpPrefix.parse(ctx.arg("A.B.C.D/M")).masked();
        AreaRange old = area.range(prefix);
        long cost = -1;
        if (advertise && ctx.has("cost")) {
            cost = ctx.number("(0-16777215)");
        } else if (advertise && old != null && old.advertise()) {
            cost = old.cost();
        }
        area.putRange(new AreaRange(prefix, advertise, cost));
    }
}
