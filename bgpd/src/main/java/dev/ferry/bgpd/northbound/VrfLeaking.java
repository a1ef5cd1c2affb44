package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpInstance;

/**
 * VRF-to-VRF route leaking (`import vrf NAME`), which ties two instances together: the importer lists the
 * source, the source lists the importer (FRR's vrf_import_from_vrf / vrf_unimport_from_vrf).
 */
final class VrfLeaking {
    private VrfLeaking() {
    }

    static void start(BgpInstance to, BgpInstance from, BgpAddressFamily family) {
        to.family(family).vpn().addImportVrf(from.vrfName());
        from.family(family).vpn().addExportVrf(to.vrfName());
    }

    static void stop(BgpInstance to, BgpInstance from, BgpAddressFamily family) {
        if (!to.family(family).vpn().importVrfs().contains(from.vrfName())) {
            return;
        }
        to.family(family).vpn().removeImportVrf(from.vrfName());
        from.family(family).vpn().removeExportVrf(to.vrfName());
    }

    /** Drops every leaking relation {@code gone} has before it is deleted. */
    static void forget(BgpConfig config, BgpInstance gone) {
        for (BgpAddressFamily family : new BgpAddressFamily[] {BgpAddressFamily.IPV4_UNICAST,
            BgpAddressFamily.IPV6_UNICAST}) {
            for (String source : gone.family(family).vpn().importVrfs()) {
                BgpInstance from = config.find(source);
                if (from != null) {
                    stop(gone, from, family);
                }
            }
            for (String importer : gone.family(family).vpn().exportVrfs()) {
                BgpInstance to = config.find(importer);
                if (to != null) {
                    stop(to, gone, family);
                }
            }
        }
    }
}
