package dev.ferry.ospfd.core.fsm;

/**
 * RFC 2328 10.1 neighbor states, in the RFC's order, so {@code compareTo} reads as "at least 2-Way". The names are
 * what FRR 8.4 prints: {@link #frrName()} in ospfd (ospf_nsm.c), {@link #frr6Name()} in ospf6d (ospf6_neighbor.c).
 */
public enum NeighborState {
    DOWN("Down", "Down"),
    ATTEMPT("Attempt", "Attempt"),
    INIT("Init", "Init"),
    TWO_WAY("2-Way", "Twoway"),
    EX_START("ExStart", "ExStart"),
    EXCHANGE("Exchange", "ExChange"),
    LOADING("Loading", "Loading"),
    FULL("Full", "Full");

    private final String frrName;
    private final String frr6Name;

    NeighborState(String frrName, String frr6Name) {
        this.frrName = frrName;
        this.frr6Name = frr6Name;
    }

    /** The state as ospfd prints it. */
    public String frrName() {
        return frrName;
    }

    /** The state as ospf6d prints it. */
    public String frr6Name() {
        return frr6Name;
    }

    /** Whether this state is {@code other} or later in the RFC's order. */
    public boolean atLeast(NeighborState other) {
        return compareTo(other) >= 0;
    }

    /** Bidirectional communication: 2-Way or higher (such neighbors take part in the DR election). */
    public boolean isBidirectional() {
        return atLeast(TWO_WAY);
    }
}
