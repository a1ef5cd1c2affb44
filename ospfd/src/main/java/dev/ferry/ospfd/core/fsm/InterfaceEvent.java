package dev.ferry.ospfd.core.fsm;

/** RFC 2328 9.2 interface events. */
public enum InterfaceEvent {
    /** The lower-level protocols report the interface operational. */
    INTERFACE_UP,
    /** The Wait Timer fired: the end of the Waiting state. */
    WAIT_TIMER,
    /** A neighbor declares itself BDR, or itself DR with no BDR: the end of the Waiting state. */
    BACKUP_SEEN,
    /** Bidirectional communication with a neighbor started or ended, or a neighbor's DR/BDR/priority claim changed. */
    NEIGHBOR_CHANGE,
    /** The interface is looped back (or is a loopback device). */
    LOOP_IND,
    /** The interface is no longer looped back. */
    UNLOOP_IND,
    /** The lower-level protocols report the interface down. */
    INTERFACE_DOWN
}
