package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.RouteType;

/**
 * A zebra client as the API names it: (protocol, instance), from its Hello. At most one session per client is
 * open at a time; a reconnecting daemon is the same client in a new session.
 */
public record ClientId(RouteType protocol, int instance) {

    /** "bgp", "ospf[2]": FRR's way of naming a client in logs. */
    @Override
    public String toString() {
        String p = protocol.name().startsWith("ROUTE_TYPE_")
                ? protocol.name().substring("ROUTE_TYPE_".length()).toLowerCase() : protocol.name();
        return instance == 0 ? p : p + "[" + instance + "]";
    }
}
