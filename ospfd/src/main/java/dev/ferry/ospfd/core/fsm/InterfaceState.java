package dev.ferry.ospfd.core.fsm;

/**
 * RFC 2328 9.1 interface states, in the RFC's order. The names are what FRR 8.4 prints: {@link #frrName()} in
 * ospfd's {@code show ip ospf interface/neighbor} (ospf_ism.c), {@link #frr6Name()} in ospf6d's (ospf6_interface.c).
 */
public enum InterfaceState {
    DOWN("Down", "Down"),
    LOOPBACK("Loopback", "Loopback"),
    WAITING("Waiting", "Waiting"),
    POINT_TO_POINT("Point-To-Point", "PointToPoint"),
    DR_OTHER("DROther", "DROther"),
    BACKUP("Backup", "BDR"),
    DR("DR", "DR");

    private final String frrName;
    private final String frr6Name;

    InterfaceState(String frrName, String frr6Name) {
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

    /** DR or Backup: the states that listen on AllDRouters (RFC 2328 A.1, RFC 5340 A.1). */
    public boolean isDrOrBackup() {
        return this == DR || this == BACKUP;
    }
}
