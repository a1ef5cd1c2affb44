package dev.ferry.ospfd.core.fsm;

/**
 * What the runtime must do after an interface transition (RFC 2328 9.3, plus the side effects of a state change:
 * 9.4's AdjOK?, 12.4's LSA origination triggers, A.1's AllDRouters membership). Applied in list order, after the
 * runtime has stored the new state and, when an election ran, its DR and BDR.
 */
public enum InterfaceAction {
    START_HELLO_TIMER,
    STOP_HELLO_TIMER,
    START_WAIT_TIMER,
    STOP_WAIT_TIMER,
    /** NBMA, InterfaceUp: neighbor event Start to every configured neighbor eligible to become DR. */
    START_ELIGIBLE_NBMA_NEIGHBORS,
    /** NBMA, the router just became DR or BDR: neighbor event Start to every configured neighbor of priority 0. */
    START_INELIGIBLE_NBMA_NEIGHBORS,
    /** Neighbor event KillNbr to every neighbor of the interface. */
    RESET_NEIGHBORS,
    /** Interface variables back to their initial values: DR and BDR become 0 (none). */
    RESET_VARIABLES,
    /** Listen on AllDRouters (224.0.0.6 / ff02::6): the interface became DR or Backup. */
    JOIN_ALL_DROUTERS,
    /** Stop listening on AllDRouters: the interface is no longer DR or Backup. */
    LEAVE_ALL_DROUTERS,
    /**
     * The router became DR: originate the Network-LSA (RFC 2328 12.4.2; the runtime only originates it while at least
     * one neighbor is Full, and flushes it otherwise).
     */
    ORIGINATE_NETWORK_LSA,
    /** The router is no longer DR: flush its Network-LSA for this network (premature aging, RFC 2328 14.1). */
    FLUSH_NETWORK_LSA,
    /** The interface state or the network's DR changed: re-originate the area's Router-LSA (RFC 2328 12.4). */
    ORIGINATE_ROUTER_LSA,
    /** The DR or BDR changed: neighbor event AdjOK? to every neighbor in state 2-Way or higher (RFC 2328 9.4). */
    NEIGHBORS_ADJ_OK
}
