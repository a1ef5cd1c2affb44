package dev.ferry.ospfd.core.fsm;

/** RFC 2328 10.2 neighbor events. */
public enum NeighborEvent {
    /** A Hello arrived from the neighbor. */
    HELLO_RECEIVED,
    /** NBMA only: start sending Hellos to a configured neighbor at the poll interval. */
    START,
    /** The neighbor's Hello lists this router: communication is bidirectional. */
    TWO_WAY_RECEIVED,
    /** Master/slave negotiated, DD sequence number agreed: start exchanging DD packets. */
    NEGOTIATION_DONE,
    /** Both sides have sent all their DD packets. */
    EXCHANGE_DONE,
    /** The neighbor requested an LSA this router does not have. */
    BAD_LS_REQ,
    /** The Link state request list emptied after Exchange. */
    LOADING_DONE,
    /** Decide again whether an adjacency should exist (the DR or BDR changed). */
    ADJ_OK,
    /** A DD packet out of sequence, with an unexpected flag or options: restart the exchange. */
    SEQ_NUMBER_MISMATCH,
    /** The neighbor's Hello no longer lists this router. */
    ONE_WAY_RECEIVED,
    /** The neighbor must go (interface down, lower-level protocols). */
    KILL_NBR,
    /** No Hello from the neighbor within RouterDeadInterval. */
    INACTIVITY_TIMER,
    /** The lower-level protocols report the neighbor unreachable. */
    LL_DOWN
}
