package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;

/**
 * The integrated running-config: every daemon's part, merged (FRR's vtysh_write_terminal).
 */
final class RunningConfig {
    static final String HEADER = "Building configuration...\n\nCurrent configuration:\n!\n";
    /** vtysh's own line: Ferry always writes the integrated frr.conf. */
    static final String SERVICE_LINE = "service integrated-vtysh-config";

    private RunningConfig() {
    }

    /** Asks the daemons (only ONLY, if not null) for their running-config and merges the parts. */
    static String collect(Daemons daemons, String only) {
        ConfigMerger merger = new ConfigMerger();
        for (DaemonSession d : daemons.alive()) {
            if (only != null && !only.equals(d.name())) {
                continue;
            }
            VtyClient.Execution e = d.execute(execMode(d.node()) ? "show running-config" : "do show running-config");
            if (e != null && e.status() == VtyClient.CMD_SUCCESS) {
                merger.addDaemonConfig(e.output());
            }
        }
        merger.addLine(SERVICE_LINE);
        return merger.render();
    }

    /** What `show running-config` prints. */
    static String show(Daemons daemons, String only, boolean header) {
        String merged = collect(daemons, only);
        return header ? HEADER + merged + "end\n" : merged + "end\n";
    }

    private static boolean execMode(String node) {
        return node.equals("enable") || node.equals("view");
    }
}
