package dev.ferry.it.docs;

import dev.ferry.lib.cli.Node;
import dev.ferry.lib.vty.VtyProtocol;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * docs/CLI.md: the intro, a table of the nodes, the commands of every configuration node, one section per
 * node in FRR's node order, vtysh's own commands, the command-line options and Ferry's VTY extensions.
 */
final class CliReferenceRenderer {
    private static final String PROMPT_HOST = "R";

    private final CommandCatalog catalog;
    private final List<CommandCatalog.Entry> vtysh;
    private final StringBuilder out = new StringBuilder();

    private CliReferenceRenderer(CommandCatalog catalog, List<CommandCatalog.Entry> vtysh) {
        this.catalog = catalog;
        this.vtysh = vtysh;
    }

    /** The whole document; UNKNOWN_EXAMPLE is what vtysh printed for UNKNOWN_LINE. */
    static String render(CommandCatalog catalog, List<CommandCatalog.Entry> vtysh, String unknownLine,
            String unknownExample) {
        CliReferenceRenderer r = new CliReferenceRenderer(catalog, vtysh);
        r.out.append(ReferenceIntro.text(unknownLine, unknownExample));
        r.nodeTable();
        r.everyConfigNode();
        catalog.nodes().forEach(r::node);
        r.vtysh();
        r.options();
        r.vtyExtensions();
        return r.out.toString();
    }

    private void nodeTable() {
        out.append("## Nodes\n\n")
                .append("FRR's node tree, in its order (also the order of blocks in running-config).\n\n")
                .append("| node | prompt | parent | commands |\n|---|---|---|---|\n");
        for (Node n : catalog.nodes()) {
            out.append("| [").append(n.name()).append("](#").append(n.name().toLowerCase(Locale.ROOT)).append(") | ")
                    .append(Markdown.code(prompt(n), true)).append(" | ")
                    .append(n.parent() == null ? "" : n.parent().name()).append(" | ")
                    .append(catalog.commands(n).size()).append(" |\n");
        }
        out.append('\n');
    }

    private void everyConfigNode() {
        out.append("## Every configuration node\n\n")
                .append("These commands are in `").append(prompt(Node.CONFIG))
                .append("` and every node below it; the node sections do not repeat them.\n\n");
        entries(catalog.everyConfigNode());
    }

    private void node(Node n) {
        out.append("## ").append(n.name()).append("\n\n")
                .append("Prompt ").append(Markdown.code(prompt(n), false));
        if (n.parent() != null) {
            out.append(", below ").append(n.parent().name());
        }
        out.append(".");
        if (n == Node.VIEW) {
            out.append(" Its commands are also available in ENABLE (").append(Markdown.code(
                    prompt(Node.ENABLE), false)).append(").");
        }
        out.append("\n\n");
        entries(catalog.commands(n));
    }

    private void vtysh() {
        out.append("## vtysh's own commands\n\n")
                .append("vtysh answers these itself instead of passing them to the daemons, in ENABLE and VIEW, ")
                .append("and with `do` from configuration nodes. `write` saves the configuration of all daemons ")
                .append("into the integrated `frr.conf` (the previous one is kept as `frr.conf.sav`).\n\n");
        entries(vtysh);
    }

    private void options() {
        out.append("## Command-line options\n\n### Daemons\n\n")
                .append("Every daemon (").append(String.join(", ", catalog.daemons().stream()
                        .map(d -> Markdown.code(d, false)).toList())).append(") takes FRR's options:\n\n")
                .append(OptionsReference.daemonOptions())
                .append("\n### vtysh\n\n")
                .append(OptionsReference.vtyshOptions()).append('\n');
    }

    private void vtyExtensions() {
        List<String> verbs = new ArrayList<>();
        for (Field f : VtyProtocol.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                    && f.getType() == String.class) {
                try {
                    verbs.add(Markdown.code((String) f.get(null), false));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        out.append("## Ferry's VTY extensions\n\n")
                .append("On `<vtydir>/DAEMON.vty` the daemons speak FRR's own VTY protocol (the command and a NUL; ")
                .append("the answer, three NULs and FRR's `CMD_*` status byte), so FRR's vtysh and scripts work ")
                .append("against them unchanged. Ferry's vtysh also sends requests that start with the byte `\\x01` ")
                .append("followed by a verb and an argument, to execute a line and learn the node it leads to, ")
                .append("list the `?` help and TAB completions, rank how well a line matches before running it, ")
                .append("and keep a daemon's session at vtysh's node. The verbs: ").append(String.join(", ", verbs))
                .append(". They are not FRR's; `dev.ferry.lib.vty.VtyProtocol` describes them.\n");
    }

    private void entries(List<CommandCatalog.Entry> entries) {
        for (CommandCatalog.Entry e : entries) {
            out.append(Markdown.commandItem(e.syntax(), owners(e.owners()), e.helpLines()));
        }
        out.append('\n');
    }

    private String owners(List<String> owners) {
        return owners.equals(catalog.daemons()) ? "all daemons" : String.join(", ", owners);
    }

    /** The prompt without its trailing blank: "R(config-router)#". */
    private static String prompt(Node n) {
        return n.prompt(PROMPT_HOST).strip();
    }
}
