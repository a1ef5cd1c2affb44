package dev.ferry.bgpd.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Route leaking between a VRF's unicast table and the VPN table or other VRFs (FRR's vpn_policy and the
 * related address-family flags): what is exported and how, which route targets are imported, whether
 * `export vpn` / `import vpn` are on, and VRF-to-VRF leaking with `import vrf NAME`.
 */
public final class VpnPolicy {
    private final VpnExport export = new VpnExport();
    private List<RouteTarget> importRouteTargets;
    private boolean exportToVpn;
    private boolean importFromVpn;
    private final List<String> importVrfs = new ArrayList<>();
    private final List<String> exportVrfs = new ArrayList<>();

    public VpnExport export() {
        return export;
    }

    /** Route targets a VPN route must carry to be imported (as typed), or null. */
    public List<RouteTarget> importRouteTargets() {
        return importRouteTargets;
    }

    public void importRouteTargets(List<RouteTarget> targets) {
        this.importRouteTargets = targets == null ? null : List.copyOf(targets);
    }

    /** `export vpn`. */
    public boolean exportToVpn() {
        return exportToVpn;
    }

    public void exportToVpn(boolean on) {
        exportToVpn = on;
    }

    /** `import vpn`. */
    public boolean importFromVpn() {
        return importFromVpn;
    }

    public void importFromVpn(boolean on) {
        importFromVpn = on;
    }

    /** VRFs this one imports from (`import vrf NAME`), in the order given. */
    public List<String> importVrfs() {
        return List.copyOf(importVrfs);
    }

    /** VRFs importing from this one. */
    public List<String> exportVrfs() {
        return List.copyOf(exportVrfs);
    }

    /** Whether this family leaks VRF to VRF, which rules out the `... vpn` commands (FRR's VRF_TO_VRF flags). */
    public boolean leaksVrfToVrf() {
        return !importVrfs.isEmpty() || !exportVrfs.isEmpty();
    }

    /** Starts importing from {@code vrf}. */
    public void addImportVrf(String vrf) {
        if (!importVrfs.contains(vrf)) {
            importVrfs.add(vrf);
        }
    }

    /** Stops importing from {@code vrf}; the import route targets go with the last one, as in FRR. */
    public void removeImportVrf(String vrf) {
        importVrfs.remove(vrf);
        if (importVrfs.isEmpty()) {
            importRouteTargets = null;
        }
    }

    /**
     * {@code vrf} starts importing from this one. The first importer makes FRR derive the RD and route
     * target from the router ID and stop labelling the routes, replacing what was configured.
     */
    public void addExportVrf(String vrf) {
        if (exportVrfs.isEmpty()) {
            export.rd(null);
            export.routeTargets(null);
            export.label(null);
        }
        if (!exportVrfs.contains(vrf)) {
            exportVrfs.add(vrf);
        }
    }

    /** {@code vrf} stops importing; with the last one the derived RD, route targets and label go. */
    public void removeExportVrf(String vrf) {
        exportVrfs.remove(vrf);
        if (exportVrfs.isEmpty()) {
            export.rd(null);
            export.routeTargets(null);
            export.label(null);
        }
    }
}
