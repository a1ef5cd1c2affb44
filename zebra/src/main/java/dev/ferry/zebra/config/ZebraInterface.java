package dev.ferry.zebra.config;

import dev.ferry.lib.net.ConfiguredInterface;
import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;

/**
 * What the operator configured on one interface in zebra: description, admin shutdown, MTU and addresses.
 * Addresses keep the order they were added in, as FRR's connected list does, and keep their host bits
 * ("10.1.1.2/24", not "10.1.1.0/24").
 */
public final class ZebraInterface extends ConfiguredInterface {
    private boolean shutdown;
    private int mtu;
    private final List<IpPrefix> addresses = new ArrayList<>();

    public ZebraInterface(String name, String vrf) {
        super(name, vrf);
    }

    public boolean shutdown() {
        return shutdown;
    }

    public void shutdown(boolean shutdown) {
        this.shutdown = shutdown;
    }

    /** `mtu N` (a Ferry addition: FRR 8.4's zebra has no such command), 0 when not set. */
    public int mtu() {
        return mtu;
    }

    public void mtu(int mtu) {
        this.mtu = mtu;
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
        return shutdown || description() != null || mtu != 0 || !addresses.isEmpty();
    }
}
