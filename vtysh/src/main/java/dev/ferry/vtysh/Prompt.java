package dev.ferry.vtysh;

import dev.ferry.lib.cli.Node;
import dev.ferry.lib.daemon.Version;
import dev.ferry.lib.vty.VtyClient;

/** FRR's prompt ("PE1(config-router)# ") and the hostname it starts with. */
final class Prompt {
    private Prompt() {
    }

    /** The prompt for NODE, from the daemons' node table (lib's Node), e.g. "PE1# ". */
    static String of(String node, String hostname) {
        try {
            return Node.fromWireName(node).prompt(hostname);
        } catch (IllegalArgumentException e) {
            // A node this vtysh's library does not know yet: still say where we are.
            return hostname + "(config-" + node + ")# ";
        }
    }

    /**
     * The router's hostname, as the daemons have it (the first daemon's running-config), so that the
     * prompt follows `hostname X`; the machine's own name if no daemon says.
     */
    static String hostname(Daemons daemons) {
        DaemonSession first = daemons.first();
        if (first != null) {
            String command = LocalCommands.isExecNode(first.node()) ? "show running-config" : "do show running-config";
            VtyClient.Execution e = first.execute(command);
            if (e != null && e.status() == VtyClient.CMD_SUCCESS) {
                String name = hostnameIn(e.output());
                if (name != null) {
                    return name;
                }
            }
        }
        return Version.systemHostname();
    }

    /** The X of the first "hostname X" line in a running-config. */
    static String hostnameIn(String config) {
        int at = config.startsWith("hostname ") ? 0 : config.indexOf("\nhostname ");
        if (at < 0) {
            return null;
        }
        int start = config.indexOf(' ', at + 1) + 1;
        int end = config.indexOf('\n', start);
        String name = (end < 0 ? config.substring(start) : config.substring(start, end)).strip();
        return name.isEmpty() ? null : name;
    }
}
