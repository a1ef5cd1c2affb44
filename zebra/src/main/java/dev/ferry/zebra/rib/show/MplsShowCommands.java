package dev.ferry.zebra.rib.show;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.mpls.Lsp;

/** `show mpls table [json]` and `show mpls table LABEL [json]` (the LFIB, default VRF). */
public final class MplsShowCommands {
    private MplsShowCommands() {
    }

    public static void install(Cli cli, Rib rib) {
        String help = "Show running system information\nMPLS information\nMPLS table\n";
        cli.install(Node.VIEW, "show mpls table [json$json]", help + "JavaScript Object Notation\n",
                ctx -> table(ctx, rib));
        cli.install(Node.VIEW, "show mpls table (16-1048575)$label [json$json]",
                help + "LSP to display information about\nJavaScript Object Notation\n", ctx -> one(ctx, rib));
    }

    private static void table(CommandContext ctx, Rib rib) {
        if (ctx.has("json")) {
            JsonWriter w = new JsonWriter();
            MplsTable.json(w, rib.lfib().lsps());
            ctx.print(w.toString());
        } else {
            ctx.print(MplsTable.text(rib.lfib().lsps(), new ShowContext(rib)));
        }
    }

    private static void one(CommandContext ctx, Rib rib) {
        Lsp lsp = rib.lfib().get((int) ctx.number("label"));
        if (lsp == null) {
            return;
        }
        if (ctx.has("json")) {
            JsonWriter w = new JsonWriter();
            MplsTable.lsp(w, lsp);
            ctx.print(w.toString());
        } else {
            ctx.print(MplsTable.detail(lsp, new ShowContext(rib)));
        }
    }
}
