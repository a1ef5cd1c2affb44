package dev.ferry.bgpd.rib;

/**
 * Why the best path won, with the words FRR 8.4 prints ("selectionReason" in `show bgp PREFIX json`,
 * bgp_path_selection_reason2str).
 */
public enum SelectionReason {
    NONE("Nothing to Select"),
    FIRST("First path received"),
    WEIGHT("Weight"),
    LOCAL_PREF("Local Pref"),
    LOCAL_ROUTE("Local Route"),
    AS_PATH("AS Path"),
    ORIGIN("Origin"),
    MED("MED"),
    PEER_TYPE("Peer Type"),
    IGP_METRIC("IGP Metric"),
    OLDER("Older Path"),
    ROUTER_ID("Router ID"),
    CLUSTER_LENGTH("Cluster length"),
    NEIGHBOR_IP("Neighbor IP"),
    DEFAULT("Nothing left to compare");

    private final String text;

    SelectionReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
