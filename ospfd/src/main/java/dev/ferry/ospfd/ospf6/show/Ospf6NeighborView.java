package dev.ferry.ospfd.ospf6.show;

import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;

/**
 * One OSPFv3 neighbor as `show ipv6 ospf6 neighbor [detail|drchoice]` prints it (FRR's struct ospf6_neighbor and
 * the interface it was heard on). The runtime fills it on the event loop; the formatters only read it.
 *
 * @param routerId the neighbor's router id
 * @param priority the Rtr Priority of its last hello
 * @param state the neighbor state machine's state (printed with {@link NeighborState#frr6Name()})
 * @param declaredDr the DR its last hello named (on->drouter), 0 for none
 * @param declaredBdr the BDR its last hello named (on->bdrouter), 0 for none
 * @param deadMillis time until the inactivity timer fires, -1 when it is not running
 * @param sinceChangeMillis time since the last state change (on->last_changed)
 * @param interfaceName the interface it was heard on
 * @param interfaceIndex that interface's ifindex
 * @param interfaceState that interface's state (printed with {@link InterfaceState#frr6Name()})
 * @param pointToPoint whether that interface runs as point-to-point (then FRR prints "PointToPoint" as the
 *     neighbor's role instead of DR/BDR/DROther)
 * @param area the area of that interface, as configured (FRR prints oa->name)
 * @param neighborInterfaceId the Interface ID of its hellos (on->ifindex)
 * @param linkLocalAddress its link-local address, 16 bytes (the hellos' source)
 * @param dbDescBits the I/M/MS bits of the last Database Description sent (OSPF6_DBDESC_IBIT 4, MBIT 2, MSBIT 1)
 * @param dbDescSequence the DD sequence number, unsigned
 * @param summaryList the database summary list
 * @param requestList the link state request list
 * @param retransmitList the link state retransmission list
 * @param dbDescPending LSAs waiting for the DbDesc send thread
 * @param lsReqDueMillis time until the LSReq send thread runs, -1 when off (its list is {@code requestList})
 * @param lsUpdatePending LSAs waiting for the LSUpdate send thread
 * @param lsAckPending LSAs waiting for the LSAck send thread
 * @param auth the authentication trailer sequence numbers last received, null when the neighbor sends none
 */
public record Ospf6NeighborView(int routerId, int priority, NeighborState state, int declaredDr, int declaredBdr,
                                long deadMillis, long sinceChangeMillis, String interfaceName, int interfaceIndex,
                                InterfaceState interfaceState, boolean pointToPoint, AreaId area,
                                int neighborInterfaceId, byte[] linkLocalAddress, int dbDescBits, int dbDescSequence,
                                List<LsaKey> summaryList, List<LsaKey> requestList, List<LsaKey> retransmitList,
                                Ospf6PendingList dbDescPending, long lsReqDueMillis, Ospf6PendingList lsUpdatePending,
                                Ospf6PendingList lsAckPending, AuthSequences auth) {
    public static final int DBDESC_MS = 0x01;
    public static final int DBDESC_M = 0x02;
    public static final int DBDESC_I = 0x04;

    public Ospf6NeighborView {
        if (linkLocalAddress.length != 16) {
            throw new IllegalArgumentException("link-local address must be 16 bytes");
        }
        linkLocalAddress = linkLocalAddress.clone();
        summaryList = List.copyOf(summaryList);
        requestList = List.copyOf(requestList);
        retransmitList = List.copyOf(retransmitList);
    }

    @Override
    public byte[] linkLocalAddress() {
        return linkLocalAddress.clone();
    }

    /**
     * The highest and lowest authentication trailer sequence numbers received per packet type (on->seqnum_h,
     * on->seqnum_l), indexed hello, DbDesc, LSReq, LSUpdate, LSAck; unsigned 32-bit values.
     */
    public record AuthSequences(List<Integer> higher, List<Integer> lower) {
        public AuthSequences {
            if (higher.size() != 5 || lower.size() != 5) {
                throw new IllegalArgumentException("one sequence number per packet type (5)");
            }
            higher = List.copyOf(higher);
            lower = List.copyOf(lower);
        }
    }
}
