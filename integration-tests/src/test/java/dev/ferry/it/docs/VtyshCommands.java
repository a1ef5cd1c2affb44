package dev.ferry.it.docs;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Command;
import dev.ferry.lib.cli.Node;
import dev.ferry.vtysh.LocalCommands;
import java.util.ArrayList;
import java.util.List;

/** The commands vtysh answers itself (LocalCommands), as reference entries owned by "vtysh". */
final class VtyshCommands {
    private VtyshCommands() {
    }

    /**
     * Each command goes through lib's syntax parser, like a daemon's, so its notation is checked and its
     * help is paired with its tokens the same way.
     */
    static List<CommandCatalog.Entry> entries() {
        Cli scratch = new Cli();
        List<CommandCatalog.Entry> entries = new ArrayList<>();
        LocalCommands.reference().forEach((syntax, help) -> {
            Command c = scratch.install(Node.ENABLE, syntax, help, ctx -> { });
            entries.add(new CommandCatalog.Entry(CommandCatalog.displaySyntax(c.syntaxText()), c.helpLines(),
                    List.of("vtysh")));
        });
        return entries;
    }
}
