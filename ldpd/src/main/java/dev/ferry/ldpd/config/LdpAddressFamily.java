package dev.ferry.ldpd.config;

import dev.ferry.lib.net.InterfaceNames;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** `address-family ipv4|ipv6` inside `mpls ldp`: transport address, label policy, hello timers, interfaces. */
public final class LdpAddressFamily {
    private final LdpFamily family;
    private boolean enabled;
    private String transportAddress;
    private final HelloTimers hello = new HelloTimers(0, 0);
    private boolean explicitNull;
    private String explicitNullFor;
    private final Map<String, LdpInterface> interfaces = new TreeMap<>(InterfaceNames.ORDER);

    public LdpAddressFamily(LdpFamily family) {
        this.family = family;
    }

    public LdpFamily family() {
        return family;
    }

    /** Whether `address-family` is configured (`no address-family` keeps the settings but turns it off). */
    public boolean enabled() {
        return enabled;
    }

    public void enabled(boolean on) {
        enabled = on;
    }

    /** The transport address (canonical text), or null. */
    public String transportAddress() {
        return transportAddress;
    }

    public void transportAddress(String address) {
        this.transportAddress = address;
    }

    public HelloTimers hello() {
        return hello;
    }

    public boolean explicitNull() {
        return explicitNull;
    }

    /** The access list limiting explicit-null to some prefixes, or null for all. */
    public String explicitNullFor() {
        return explicitNullFor;
    }

    public void explicitNull(boolean on, String forAccessList) {
        this.explicitNull = on;
        this.explicitNullFor = on ? forAccessList : null;
    }

    /** The interface NAME of this family, created (not yet enabled) if new. */
    public LdpInterface iface(String name) {
        return interfaces.computeIfAbsent(name, n -> new LdpInterface(n, family));
    }

    public LdpInterface findInterface(String name) {
        return interfaces.get(name);
    }

    /** The interfaces LDP runs on in this family, in FRR's name order. */
    public List<LdpInterface> enabledInterfaces() {
        return interfaces.values().stream().filter(LdpInterface::enabled).toList();
    }
}
