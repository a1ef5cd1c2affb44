package dev.ferry.zebra.iface;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.iface.InterfaceListing.Row;
import java.util.List;

/**
 * `show interface [vrf NAME|all] [brief] [json]` and `show interface IFNAME [vrf NAME|all] [json]`, FRR
 * 8.4's four commands (zebra/interface.c) with their output and error messages.
 */
final class InterfaceShowCommands {
    private static final String HEAD = "Show running system information\nInterface status and configuration\n";
    private static final String TAIL = "Interface status and configuration summary\nJavaScript Object Notation\n";

    private final InterfaceManager manager;
    private final InterfaceDetail detail;

    private InterfaceShowCommands(InterfaceManager manager) {
        this.manager = manager;
        this.detail = new InterfaceDetail(manager.state(), manager.speed());
    }

    static void install(Cli cli, InterfaceManager manager) {
        InterfaceShowCommands c = new InterfaceShowCommands(manager);
        cli.install(Node.VIEW, "show interface vrf NAME$vrf_name [brief$brief] [json$uj]",
                HEAD + "Specify the VRF\nThe VRF name\n" + TAIL, c::list);
        cli.install(Node.VIEW, "show interface [vrf all] [brief$brief] [json$uj]",
                HEAD + "Specify the VRF\nAll VRFs\n" + TAIL, c::list);
        cli.install(Node.VIEW, "show interface IFNAME$ifname vrf NAME$vrf_name [json$uj]",
                HEAD + "Interface name\nSpecify the VRF\nThe VRF name\nJavaScript Object Notation\n", c::one);
        cli.install(Node.VIEW, "show interface IFNAME$ifname [vrf all] [json$uj]",
                HEAD + "Interface name\nSpecify the VRF\nAll VRFs\nJavaScript Object Notation\n", c::one);
    }

    private void list(CommandContext ctx) {
        boolean json = ctx.has("uj");
        String vrf = ctx.arg("vrf_name");
        InterfaceListing listing = new InterfaceListing(manager);
        if (vrf != null && !listing.hasVrf(vrf)) {
            ctx.warning(json ? "{}" : "% VRF " + vrf + " not found");
            return;
        }
        List<String> vrfs = vrf != null ? List.of(vrf) : listing.vrfs();
        StringBuilder out = new StringBuilder();
        JsonWriter w = json ? new JsonWriter().beginObject() : null;
        for (String v : vrfs) {
            List<Row> rows = listing.in(v);
            if (ctx.has("brief")) {
                if (json) {
                    InterfaceBrief.json(w, v, rows);
                } else {
                    InterfaceBrief.text(out, v, rows);
                }
            } else {
                for (Row r : rows) {
                    if (json) {
                        detail.json(w, r);
                    } else {
                        detail.text(out, r);
                    }
                }
            }
        }
        ctx.print(json ? w.endObject().toString() : out.toString());
    }

    private void one(CommandContext ctx) {
        boolean json = ctx.has("uj");
        String name = ctx.arg("ifname");
        String vrf = ctx.arg("vrf_name");
        InterfaceListing listing = new InterfaceListing(manager);
        if (vrf != null && !listing.hasVrf(vrf)) {
            ctx.warning(json ? "{}" : "% VRF " + vrf + " not found");
            return;
        }
        Row r = listing.find(name, vrf);
        if (r == null) {
            ctx.warning(json ? "{}" : "% Can't find interface " + name);
            return;
        }
        if (json) {
            JsonWriter w = new JsonWriter().beginObject();
            detail.json(w, r);
            ctx.print(w.endObject().toString());
        } else {
            StringBuilder out = new StringBuilder();
            detail.text(out, r);
            ctx.print(out.toString());
        }
    }
}
