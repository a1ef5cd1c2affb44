package dev.ferry.ospfd.shared;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.ConfiguredInterface;
import java.util.function.Consumer;

/**
 * An `interface` block of ospfd's or ospf6d's running-config: the description, then the daemon's settings.
 * FRR opens the block with vty_frame, which prints nothing for a block with nothing inside, so the lines
 * are collected first.
 */
public final class InterfaceBlock {
    private InterfaceBlock() {
    }

    public static void write(ConfiguredInterface iface, Consumer<ConfigWriter> settings, ConfigWriter w) {
        ConfigWriter body = new ConfigWriter();
        if (iface.description() != null) {
            body.line("description " + iface.description());
        }
        settings.accept(body);
        String lines = body.toString();
        if (lines.isEmpty()) {
            return;
        }
        w.open("interface " + iface.name());
        lines.lines().forEach(w::line);
        w.close(Node.INTERFACE);
    }
}
