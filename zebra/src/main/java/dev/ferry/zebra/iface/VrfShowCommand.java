package dev.ferry.zebra.iface;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Node;
import dev.ferry.zebra.config.ZebraVrf;
import dev.ferry.zebra.rib.RibVrf;
import java.util.Set;
import java.util.TreeSet;

/**
 * `show vrf` as FRR 8.4 prints it (zebra_vty.c): every VRF but the default in strcmp order, "id ID table T"
 * when its device exists (the id is the device's ifindex), "inactive" when not, "(configured)" when a `vrf`
 * block names it. On a kernel without VRF devices Ferry adds one line saying so, after FRR's.
 */
final class VrfShowCommand {
    private VrfShowCommand() {
    }

    static void install(Cli cli, InterfaceManager m) {
        cli.install(Node.VIEW, "show vrf", "Show running system information\nVRF\n", ctx -> {
            StringBuilder out = new StringBuilder();
            Set<String> names = new TreeSet<>();
            boolean netns = false;
            for (ZebraVrf v : m.config().vrfs()) {
                names.add(v.name());
                netns |= v.namespacePath() != null;
            }
            for (RibVrf v : m.rib().vrfs().all()) {
                names.add(v.name());
            }
            if (netns) {
                out.append("netns-based vrfs\n");
            }
            for (String name : names) {
                RibVrf active = m.rib().vrfs().byName(name);
                if (active != null && active.id() == RibVrf.DEFAULT_ID) {
                    continue;
                }
                ZebraVrf configured = m.config().findVrf(name);
                out.append("vrf ").append(name).append(' ');
                if (active == null) {
                    out.append("inactive");
                } else if (configured != null && configured.namespacePath() != null) {
                    out.append("id ").append(Integer.toUnsignedString(active.id())).append(" netns ")
                            .append(configured.namespacePath());
                } else {
                    out.append("id ").append(Integer.toUnsignedString(active.id())).append(" table ")
                            .append(Integer.toUnsignedString(active.tableId()));
                }
                if (configured != null) {
                    out.append(" (configured)");
                }
                out.append('\n');
            }
            String note = m.vrfSupport().note();
            if (note != null && !names.isEmpty()) {
                out.append(note).append('\n');
            }
            ctx.print(out.toString());
        });
    }
}
