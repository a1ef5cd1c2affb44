package dev.ferry.zebra.iface;

/**
 * A VRF as API clients see it: its id (the VRF device's ifindex, as FRR's; 0 for the default VRF), its name
 * and the kernel table its routes go to.
 */
public record VrfInfo(int id, String name, int tableId) {
    /** The default VRF: id 0, the main table. */
    public static final VrfInfo DEFAULT = new VrfInfo(0, "default", 254);
}
