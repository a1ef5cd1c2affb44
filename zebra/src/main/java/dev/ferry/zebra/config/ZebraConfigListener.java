package dev.ferry.zebra.config;

import dev.ferry.lib.net.IpPrefix;

/**
 * What the interface manager hears of config changes, so that a line typed at the vty (or read from
 * frr.conf) reaches the kernel at once. Called on the daemon's event loop, after the config model has
 * changed. Every method has a do-nothing default: without a manager (tests, a host without netlink) the
 * config is only recorded.
 */
public interface ZebraConfigListener {
    /** The listener used until a manager registers. */
    ZebraConfigListener NONE = new ZebraConfigListener() {
    };

    /** `interface NAME [vrf VRF]` created a new interface block. */
    default void interfaceCreated(ZebraInterface iface) {
    }

    /** `ip address` / `ipv6 address` added an address to the config. */
    default void addressAdded(ZebraInterface iface, IpPrefix address) {
    }

    /**
     * `no ip address` / `no ipv6 address`: the address is to go, whether or not it was configured.
     *
     * @return whether the kernel interface has the address (and it is being removed)
     */
    default boolean addressRemoved(ZebraInterface iface, IpPrefix address) {
        return false;
    }

    /** `shutdown` or `no shutdown`. */
    default void shutdownChanged(ZebraInterface iface) {
    }

    /** `mtu N` or `no mtu`. */
    default void mtuChanged(ZebraInterface iface) {
    }

    /** `vrf NAME` created a VRF block. */
    default void vrfCreated(ZebraVrf vrf) {
    }

    /** `no vrf NAME` removed a VRF block. */
    default void vrfRemoved(String name) {
    }
}
