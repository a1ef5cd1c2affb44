package dev.ferry.zebra.rib;

/** Who owns an MPLS label binding (FRR's enum lsp_types_t), as `show mpls table` names it. */
public enum LspType {
    NONE("Unknown", 255),
    STATIC("Static", 1),
    LDP("LDP", 150),
    BGP("BGP", 20);

    private final String showName;
    private final int distance;

    LspType(String showName, int distance) {
        this.showName = showName;
        this.distance = distance;
    }

    /** nhlfe_type2str(): "LDP", "BGP", "Static". */
    public String showName() {
        return showName;
    }

    /** The distance that picks between NHLFEs of different owners for one in-label (lower wins). */
    public int distance() {
        return distance;
    }
}
