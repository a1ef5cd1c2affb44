package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.origin.InterfaceView;
import java.util.Arrays;
import java.util.List;

/**
 * What OSPFv3 origination needs to know about one interface of an area (RFC 5340 4.4.3), as the runtime sees it
 * at origination time.
 *
 * @param name interface name, for diagnostics only
 * @param interfaceId our Interface ID on the link: the kernel's ifindex, as FRR uses
 * @param kind the OSPF network type
 * @param state the Interface state machine's state (RFC 2328 9.1)
 * @param cost the interface output cost
 * @param passive no hellos are sent, so no adjacency can form: the link is a stub whatever the neighbors say
 * @param priority Router Priority, copied into the Link-LSA
 * @param linkLocal the interface's link-local address (16 bytes), or null while it has none: no Link-LSA then
 * @param prefixes the interface's IPv6 addresses with their lengths, as configured (host bits kept); link-local and
 *     special addresses are ignored as FRR ignores them
 * @param drRouterId the Designated Router's router id, 0 when there is none; our own id when we are DR
 * @param drInterfaceId the DR's Interface ID (from its Hellos); our own when we are DR
 * @param fullWithDr broadcast, not DR: the adjacency with the DR is Full (the link is transit for us)
 * @param fullNeighbors router id and Interface ID of each Full neighbor on the link
 */
public record V3InterfaceView(String name, int interfaceId, InterfaceView.Kind kind, InterfaceView.State state,
                              int cost, boolean passive, int priority, byte[] linkLocal, List<IpPrefix> prefixes,
                              int drRouterId, int drInterfaceId, boolean fullWithDr,
                              List<V3Neighbor> fullNeighbors) {
    public V3InterfaceView {
        if (linkLocal != null) {
            if (linkLocal.length != 16) {
                throw new IllegalArgumentException("link-local address of " + name + " must be 16 bytes");
            }
            linkLocal = linkLocal.clone();
        }
        prefixes = List.copyOf(prefixes);
        fullNeighbors = List.copyOf(fullNeighbors);
    }

    @Override
    public byte[] linkLocal() {
        return linkLocal == null ? null : linkLocal.clone();
    }

    /** The Full neighbors that count: none on a passive interface, where no adjacency can exist. */
    public List<V3Neighbor> adjacent() {
        return passive ? List.of() : fullNeighbors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof V3InterfaceView v && v.name.equals(name) && v.interfaceId == interfaceId
                && v.kind == kind && v.state == state && v.cost == cost && v.passive == passive
                && v.priority == priority && Arrays.equals(v.linkLocal, linkLocal) && v.prefixes.equals(prefixes)
                && v.drRouterId == drRouterId && v.drInterfaceId == drInterfaceId && v.fullWithDr == fullWithDr
                && v.fullNeighbors.equals(fullNeighbors);
    }

    @Override
    public String toString() {
        return "V3InterfaceView[" + name + " id " + Integer.toUnsignedString(interfaceId) + " " + kind + " " + state
                + " cost " + cost + (passive ? " passive" : "") + " prefixes " + prefixes + " full " + fullNeighbors
                + "]";
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + interfaceId) * 31 + prefixes.hashCode();
    }
}
