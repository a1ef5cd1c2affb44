package dev.ferry.zebra.iface;

import dev.ferry.lib.netlink.codec.LinkFlags;

/**
 * A snapshot of one kernel interface, as API clients and the RIB see it.
 *
 * @param ifindex the kernel's index
 * @param vrfId the VRF's id: its device's ifindex, 0 for the default VRF
 * @param vrfName "default" or the VRF device's name
 * @param flags IFF_* as the kernel reports them
 * @param mtu bytes
 * @param kind IFLA_INFO_KIND ("veth", "vrf", ...), or null for a plain device
 * @param hardwareAddress "aa:bb:cc:dd:ee:ff", or null when the kernel gives none (or all zero)
 */
public record InterfaceInfo(int ifindex, String name, int vrfId, String vrfName, int flags, int mtu, String kind,
                            String hardwareAddress) {

    /** Administratively up (IFF_UP). */
    public boolean isUp() {
        return (flags & LinkFlags.UP) != 0;
    }

    /** Up and running: FRR's if_is_operative, when connected routes exist. */
    public boolean isOperative() {
        return isUp() && (flags & LinkFlags.RUNNING) != 0;
    }

    public boolean isLoopback() {
        return (flags & LinkFlags.LOOPBACK) != 0;
    }

    /** A VRF device (its own VRF's master). */
    public boolean isVrf() {
        return "vrf".equals(kind);
    }
}
