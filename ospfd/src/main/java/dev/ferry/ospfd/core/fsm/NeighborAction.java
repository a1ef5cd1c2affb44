package dev.ferry.ospfd.core.fsm;

/**
 * What the runtime must do after a neighbor transition (RFC 2328 10.3, plus the side effects of the state change:
 * 12.4's LSA origination triggers and 9.2's NeighborChange). Applied in list order after the new state is stored.
 */
public enum NeighborAction {
    /** Start, or restart, the Inactivity Timer (RouterDeadInterval). */
    START_INACTIVITY_TIMER,
    STOP_INACTIVITY_TIMER,
    /** NBMA, Attempt: send a Hello to the neighbor now (then every HelloInterval). */
    SEND_HELLO,
    /**
     * Entering ExStart: increment the DD sequence number (or take a fresh one), declare this router master, send an
     * empty DD packet with I, M and MS set, and retransmit it every RxmtInterval until answered.
     */
    START_DD_EXCHANGE,
    /** Entering Exchange: fill the Database summary list with the headers of the area's LSDB (and AS-external). */
    LIST_DATABASE_SUMMARY,
    /** The master stops retransmitting DD packets (the slave keeps its last one for RouterDeadInterval, RFC 10.8). */
    STOP_DD_RETRANSMIT,
    /** Entering Loading: send the first Link State Request packet and retransmit it until answered. */
    SEND_LS_REQUEST,
    /**
     * Empty the Link state retransmission, Database summary and Link state request lists, and stop their
     * retransmissions.
     */
    CLEAR_LISTS,
    /**
     * The neighbor reached or left Full: re-originate the Router-LSA, and the Network-LSA when the interface is DR
     * (RFC 2328 12.4).
     */
    ORIGINATE_LSAS,
    /** The neighbor crossed the 2-Way boundary: interface event NeighborChange (RFC 2328 9.2). */
    INTERFACE_NEIGHBOR_CHANGE
}
