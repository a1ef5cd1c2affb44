package dev.ferry.bgpd.config;

/**
 * The BGP settings that depend on FRR's defaults profile (`frr defaults traditional|datacenter`, FRR 8.4's
 * bgp_vty.c FRR_CFG_DEFAULT_*). An instance starts from them; running-config prints a setting only when it
 * differs from the current profile's value.
 */
public record BgpDefaults(boolean logNeighborChanges, boolean ebgpRequiresPolicy, boolean deterministicMed,
        boolean importCheck) {

    public static BgpDefaults of(String profile) {
        boolean datacenter = "datacenter".equals(profile);
        return new BgpDefaults(datacenter, !datacenter, datacenter, true);
    }
}
