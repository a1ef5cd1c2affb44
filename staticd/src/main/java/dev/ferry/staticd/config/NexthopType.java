package dev.ferry.staticd.config;

/** How a static route reaches its destination; declared in FRR's order, which sorts the nexthops of a route. */
public enum NexthopType {
    INTERFACE,
    IPV4_GATEWAY,
    IPV4_GATEWAY_INTERFACE,
    IPV6_GATEWAY,
    IPV6_GATEWAY_INTERFACE,
    BLACKHOLE;

    public boolean hasGateway() {
        return this != INTERFACE && this != BLACKHOLE;
    }

    public boolean hasInterface() {
        return this == INTERFACE || this == IPV4_GATEWAY_INTERFACE || this == IPV6_GATEWAY_INTERFACE;
    }
}
