package dev.ferry.ldpd.northbound;

import dev.ferry.ldpd.config.HelloTimers;
import dev.ferry.ldpd.config.LdpAddressFamily;
import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.config.LdpFamily;
import dev.ferry.ldpd.config.LdpInterface;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;

/**
 * ldpd's running-config in FRR 8.4's layout (ldp_vty_conf.c): a " !" before each address family and each
 * interface, one before `exit-address-family`, and one before the final `exit`.
 */
public final class LdpConfigWriter {
    private LdpConfigWriter() {
    }

    public static void write(LdpConfig config, ConfigWriter w) {
        if (!config.enabled()) {
            return;
        }
        w.open("mpls ldp");
        if (config.routerId() != null) {
            w.line("router-id " + config.routerId());
        }
        writeHello(config.hello(), LdpConfig.DEFAULT_HOLDTIME, LdpConfig.DEFAULT_INTERVAL, w);
        for (LdpFamily family : LdpFamily.values()) {
            writeFamily(config.family(family), w);
        }
        w.bang();
        w.close(Node.LDP);
    }

    private static void writeFamily(LdpAddressFamily af, ConfigWriter w) {
        if (!af.enabled()) {
            return;
        }
        w.bang();
        w.open("address-family " + af.family().word());
        writeHello(af.hello(), LdpConfig.DEFAULT_HOLDTIME, LdpConfig.DEFAULT_INTERVAL, w);
        if (af.transportAddress() != null) {
            w.line("discovery transport-address " + af.transportAddress());
        } else {
            w.line("! Incomplete config, specify a discovery transport-address");
        }
        if (af.explicitNull()) {
            String forAcl = af.explicitNullFor() == null ? "" : " for " + af.explicitNullFor();
            w.line("label local advertise explicit-null" + forAcl);
        }
        for (LdpInterface iface : af.enabledInterfaces()) {
            w.bang();
            w.open("interface " + iface.name());
            writeHello(iface.hello(), LdpConfig.DEFAULT_HOLDTIME, LdpConfig.DEFAULT_INTERVAL, w);
            w.close(af.family().interfaceNode());
        }
        w.bang();
        w.close(af.family().node());
    }

    /** A timer shows only when set (non-zero) and different from FRR's default. */
    private static void writeHello(HelloTimers hello, int defaultHoldtime, int defaultInterval, ConfigWriter w) {
        if (hello.holdtime() != 0 && hello.holdtime() != defaultHoldtime) {
            w.line("discovery hello holdtime " + hello.holdtime());
        }
        if (hello.interval() != 0 && hello.interval() != defaultInterval) {
            w.line("discovery hello interval " + hello.interval());
        }
    }
}
