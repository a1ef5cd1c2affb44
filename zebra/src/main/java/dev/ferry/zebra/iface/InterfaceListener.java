package dev.ferry.zebra.iface;

/**
 * Interface, address and VRF changes, for zebra's API (and, inside zebra, the RIB). Called on zebra's
 * event loop; an implementation posts to its own thread if it has work to do elsewhere. A listener
 * added to a running manager first gets the current state as "added" calls (VRFs, then interfaces, then
 * addresses), then {@link #dumpDone()}, then changes as they happen.
 *
 * <p>An interface that moves to another VRF is reported as removed from the old one and added to the
 * new one, with its addresses added again: a client never has to re-key its tables.
 */
public interface InterfaceListener {
    default void vrfAdded(VrfInfo vrf) {
    }

    default void vrfRemoved(VrfInfo vrf) {
    }

    default void interfaceAdded(InterfaceInfo iface) {
    }

    /** Same index and VRF, something else changed (name, flags, MTU, hardware address). */
    default void interfaceChanged(InterfaceInfo before, InterfaceInfo after) {
    }

    /** The interface is gone (its addresses with it: no addressRemoved calls follow). */
    default void interfaceRemoved(InterfaceInfo iface) {
    }

    default void addressAdded(InterfaceInfo iface, AddressInfo address) {
    }

    default void addressRemoved(InterfaceInfo iface, AddressInfo address) {
    }

    /** The initial state has been given (only for listeners added with a dump). */
    default void dumpDone() {
    }
}
