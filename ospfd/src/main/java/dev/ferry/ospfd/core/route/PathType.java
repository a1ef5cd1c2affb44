package dev.ferry.ospfd.core.route;

/**
 * The four kinds of OSPF path (RFC 2328 11), in order of preference: an intra-area path beats an inter-area one,
 * which beats any external one; a type 1 external beats a type 2 (16.4 (6)). The labels are FRR's
 * ({@code show ip ospf route}: "N", "N IA", "N E1", "N E2"; router table "R", "R IA").
 */
public enum PathType {
    INTRA_AREA(""),
    INTER_AREA("IA"),
    EXTERNAL_1("E1"),
    EXTERNAL_2("E2");

    private final String label;

    PathType(String label) {
        this.label = label;
    }

    /** FRR's short code: "", "IA", "E1", "E2". */
    public String label() {
        return label;
    }

    /** The code FRR prints before a network route: "N", "N IA", "N E1", "N E2". */
    public String networkCode() {
        return label.isEmpty() ? "N" : "N " + label;
    }

    /** The code FRR prints before a router route: "R", "R IA". */
    public String routerCode() {
        return label.isEmpty() ? "R" : "R " + label;
    }

    public boolean isExternal() {
        return this == EXTERNAL_1 || this == EXTERNAL_2;
    }
}
