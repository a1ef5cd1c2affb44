package dev.ferry.zebra.rib;

/** FRR's enum blackhole_type: what a blackhole nexthop does with the packet. */
public enum BlackholeType {
    /** Plain blackhole without a kind (FRR BLACKHOLE_UNSPEC). */
    UNSPEC(""),
    /** Silently dropped: `blackhole`, `Null0`. */
    NULL(" (blackhole)"),
    /** ICMP unreachable: `reject`. */
    REJECT(" (ICMP unreachable)"),
    /** ICMP administratively prohibited. */
    ADMINPROHIB(" (ICMP admin-prohibited)");

    private final String showSuffix;

    BlackholeType(String showSuffix) {
        this.showSuffix = showSuffix;
    }

    /** What `show ip route` prints after "unreachable". */
    public String showSuffix() {
        return showSuffix;
    }
}
