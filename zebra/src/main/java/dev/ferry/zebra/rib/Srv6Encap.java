package dev.ferry.zebra.rib;

import java.util.List;

/**
 * SRv6 data of a nexthop, carried opaquely for the dataplane: the seg6local action with its parameters as
 * text (FRR's seg6local_action2str and context, e.g. "End.DX4" / "nh4 10.0.0.1"), and the segment list
 * pushed by seg6 encapsulation. Empty strings and lists mean "none".
 */
public record Srv6Encap(String seg6localAction, String seg6localContext, List<IpAddress> segments) {
    public Srv6Encap {
        segments = List.copyOf(segments);
    }
}
