package dev.ferry.bgpd.config;

/**
 * A neighbor's policy in one address family: `neighbor X prefix-list NAME in|out`, `neighbor X route-map NAME
 * in|out` and `neighbor X maximum-prefix ...`. Names may refer to lists that do not exist (yet): they are
 * looked up when routes are filtered.
 */
public final class BgpNeighborPolicy {
    /** FRR's MAXIMUM_PREFIX_THRESHOLD_DEFAULT. */
    public static final int DEFAULT_THRESHOLD = 75;

    /**
     * `neighbor X maximum-prefix LIMIT [THRESHOLD] [warning-only] [restart MINUTES] [force]`.
     *
     * @param threshold      percent of the limit at which a warning is logged
     * @param restartMinutes 0 when the session stays down until cleared
     * @param force          count filtered prefixes too (accepted for compatibility; Ferry counts accepted ones)
     */
    public record MaxPrefix(long limit, int threshold, boolean warningOnly, int restartMinutes, boolean force) {
    }

    private String prefixListIn;
    private String prefixListOut;
    private String routeMapIn;
    private String routeMapOut;
    private MaxPrefix maxPrefix;

    public String prefixList(boolean in) {
        return in ? prefixListIn : prefixListOut;
    }

    public void prefixList(boolean in, String name) {
        if (in) {
            prefixListIn = name;
        } else {
            prefixListOut = name;
        }
    }

    public String routeMap(boolean in) {
        return in ? routeMapIn : routeMapOut;
    }

    public void routeMap(boolean in, String name) {
        if (in) {
            routeMapIn = name;
        } else {
            routeMapOut = name;
        }
    }

    public MaxPrefix maxPrefix() {
        return maxPrefix;
    }

    public void maxPrefix(MaxPrefix max) {
        this.maxPrefix = max;
    }

    /** FRR's bgp_inbound_policy_exists / bgp_outbound_policy_exists for the filters Ferry has. */
    public boolean hasPolicy(boolean in) {
        return prefixList(in) != null || routeMap(in) != null;
    }
}
