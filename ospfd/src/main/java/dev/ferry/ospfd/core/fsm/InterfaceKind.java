package dev.ferry.ospfd.core.fsm;

import dev.ferry.ospfd.config.OspfNetworkType;
import dev.ferry.ospfd.ospf6.config.Ospf6NetworkType;

/**
 * The physical network model an interface runs (RFC 2328 1.2), which decides whether it elects a DR and with whom it
 * forms adjacencies. Passive interfaces are a runtime matter (no hellos sent) and run the same machines.
 */
public enum InterfaceKind {
    BROADCAST,
    NBMA,
    POINT_TO_POINT,
    POINT_TO_MULTIPOINT,
    VIRTUAL_LINK,
    /** A loopback device: FRR puts it straight into the Loopback state and advertises a host route. */
    LOOPBACK;

    /** Broadcast and NBMA networks elect a Designated Router; the others are point-to-point in the machine. */
    public boolean electsDr() {
        return this == BROADCAST || this == NBMA;
    }

    /** The kind for an OSPFv2 {@code ip ospf network} type. */
    public static InterfaceKind of(OspfNetworkType type) {
        return switch (type) {
            case BROADCAST -> BROADCAST;
            case NON_BROADCAST -> NBMA;
            case POINT_TO_MULTIPOINT -> POINT_TO_MULTIPOINT;
            case POINT_TO_POINT -> POINT_TO_POINT;
        };
    }

    /** The kind for an OSPFv3 {@code ipv6 ospf6 network} type. */
    public static InterfaceKind of(Ospf6NetworkType type) {
        return switch (type) {
            case BROADCAST -> BROADCAST;
            case POINT_TO_POINT -> POINT_TO_POINT;
        };
    }
}
