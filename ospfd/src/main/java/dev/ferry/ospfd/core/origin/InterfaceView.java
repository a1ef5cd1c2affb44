package dev.ferry.ospfd.core.origin;

import java.util.List;

/**
 * What the Router-LSA needs to know about one OSPF interface of an area (RFC 2328 12.4.1), as the runtime sees it
 * at origination time.
 *
 * @param name interface name, for diagnostics only
 * @param ifindex the kernel's ifindex: the Link Data of an unnumbered point-to-point link
 * @param kind the OSPF network type
 * @param state the Interface state machine's state (RFC 2328 9.1)
 * @param address the interface's IPv4 address (0 when unnumbered)
 * @param prefixLength the length of the interface's subnet
 * @param cost the interface output cost
 * @param passive no hellos are sent, so no adjacency can form: the subnet is a stub
 * @param drAddress the Designated Router's interface address, 0 when there is none
 * @param fullWithDr broadcast: this router is DR with at least one Full neighbor, or is Full with the DR
 * @param fullNeighborRouterIds point-to-point: router ids of the Full neighbors
 * @param unnumbered point-to-point without an own address: Link Data is the ifindex and there is no stub link
 */
public record InterfaceView(String name, int ifindex, Kind kind, State state, int address, int prefixLength,
                            int cost, boolean passive, int drAddress, boolean fullWithDr,
                            List<Integer> fullNeighborRouterIds, boolean unnumbered) {

    /** The OSPF network types this builder describes. */
    public enum Kind { BROADCAST, POINT_TO_POINT, LOOPBACK, VIRTUAL_LINK }

    /** The Interface state machine's states (RFC 2328 9.1). */
    public enum State { DOWN, LOOPBACK, WAITING, POINT_TO_POINT, DR_OTHER, BACKUP, DR }

    public InterfaceView {
        fullNeighborRouterIds = List.copyOf(fullNeighborRouterIds);
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " on " + name);
        }
    }
}
