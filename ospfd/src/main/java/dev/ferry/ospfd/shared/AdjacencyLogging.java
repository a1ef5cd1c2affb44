package dev.ferry.ospfd.shared;

/**
 * `log-adjacency-changes [detail]` as ospfd and ospf6d both keep it (FRR's OSPF_LOG_ADJACENCY_CHANGES and
 * OSPF_LOG_ADJACENCY_DETAIL flags). The defaults profile decides its default, and running-config shows
 * only a difference from that default.
 */
public final class AdjacencyLogging {
    private boolean changes;
    private boolean detail;

    /** @param changes the profile's default, which FRR applies when the instance is created */
    public AdjacencyLogging(boolean changes) {
        this.changes = changes;
    }

    /** DFLT_OSPF_LOG_ADJACENCY_CHANGES and DFLT_OSPF6_LOG_ADJACENCY_CHANGES: on with the datacenter profile. */
    public static boolean onByDefault(String profile) {
        return "datacenter".equals(profile);
    }

    public boolean changes() {
        return changes;
    }

    public boolean detail() {
        return detail;
    }

    /** `log-adjacency-changes [detail]`. */
    public void enable(boolean withDetail) {
        changes = true;
        detail = withDetail;
    }

    /** `no log-adjacency-changes [detail]`: with "detail" only the detail stops. */
    public void disable(boolean detailOnly) {
        changes = detailOnly && changes;
        detail = false;
    }

    /** The running-config line, or null when the setting is the profile's default. */
    public String configLine(String profile) {
        boolean byDefault = onByDefault(profile);
        if (!changes) {
            return byDefault ? "no log-adjacency-changes" : null;
        }
        if (detail) {
            return "log-adjacency-changes detail";
        }
        return byDefault ? null : "log-adjacency-changes";
    }
}
