package dev.ferry.zebra.config;

import dev.ferry.zebra.ip.IpPrefix;
import java.util.ArrayList;
import java.util.List;

/**
 * What the operator configured on one interface in zebra: description, admin shutdown and addresses.
 * Addresses keep the order they were added in, as FRR's connected list does, and keep their host bits
 * ("10.1.1.2/24", not "10.1.1.0/24").
 */
public final class ZebraInterface {
    private final String name;
    private final String vrf;
    private String description;
    private boolean shutdown;
    private final List<IpPrefix> addresses = new ArrayList<>();

    public ZebraInterface(String name, String vrf) {
        this.name = name;
        this.vrf = vrf;
    }

    public String name() {
        return name;
    }

    /**
     * The VRF the interface was first configured in (`interface NAME vrf VRF`, else the default). With
     * VRF-lite the kernel has the last word and FRR does not print it; it only orders the blocks.
     */
    public String vrf() {
        return vrf;
    }

    public String description() {
        return description;
    }

    public void description(String description) {
        this.description = description;
    }

    public boolean shutdown() {
        return shutdown;
    }

    public void shutdown(boolean shutdown) {
        this.shutdown = shutdown;
    }

    public List<IpPrefix> addresses() {
        return List.copyOf(addresses);
    }

    /** Adds an address; false if it was already configured. */
    public boolean addAddress(IpPrefix address) {
        if (addresses.contains(address)) {
            return false;
        }
        return addresses.add(address);
    }

    /** Removes an address; false if it was not configured. */
    public boolean removeAddress(IpPrefix address) {
        return addresses.remove(address);
    }

    /** Whether anything here would appear in running-config. */
    public boolean isConfigured() {
        return shutdown || description != null || !addresses.isEmpty();
    }
}
