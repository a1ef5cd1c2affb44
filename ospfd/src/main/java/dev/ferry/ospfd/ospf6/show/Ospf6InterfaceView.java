package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;

/**
 * One interface of the VRF as `show ipv6 ospf6 interface` prints it: every interface zebra knows is listed, and
 * those ospf6d has state for (FRR's ifp->info, created by any `ipv6 ospf6` command) get the OSPF block.
 *
 * @param name the interface name
 * @param ifindex its ifindex (ospf6d's Interface ID)
 * @param up if_is_operative: administratively and operationally up
 * @param linkType the type the kernel flags give (ospf6_default_iftype): LOOPBACK, POINT_TO_POINT or BROADCAST;
 *     any other kind prints "UNKNOWN"
 * @param ospf ospf6d's state of the interface, null when ospf6d has none ("OSPF not enabled on this interface")
 */
public record Ospf6InterfaceView(String name, int ifindex, boolean up, InterfaceKind linkType, Ospf6 ospf) {

    /**
     * ospf6d's struct ospf6_interface.
     *
     * @param type the network type ospf6d runs (printed as "Operating as type" when up and not the link's own)
     * @param addresses the connected addresses of both families, with their lengths, in zebra's order
     * @param area the attached area, null when not attached ("Not Attached to Area"); FRR prints it dotted here
     * @param instanceId the OSPFv3 Instance ID
     * @param mtu the MTU ospf6d uses (oi->ifmtu: configured `ipv6 ospf6 ifmtu` or the link's)
     * @param linkMtu the link's IPv6 MTU (ifp->mtu6, the "autodetect" value)
     * @param mtuIgnore `ipv6 ospf6 mtu-ignore`: MTU mismatch detection disabled
     * @param cost the interface output cost
     * @param state the interface state machine's state (printed with {@link InterfaceState#frr6Name()})
     * @param transmitDelay seconds
     * @param priority the router priority
     * @param helloInterval seconds
     * @param deadInterval seconds
     * @param retransmitInterval seconds
     * @param helloDueMillis time until the next hello, -1 when no hello thread runs (passive, loopback, down)
     * @param dr the DR's router id, 0 for none
     * @param bdr the BDR's router id, 0 for none
     * @param linkScopedLsaCount LSAs in the interface's link-scope database
     * @param lsUpdatePending LSAs queued for the interface's LSUpdate thread
     * @param lsAckPending LSAs queued for the interface's delayed LSAck thread
     * @param bfd the BFD settings when `ipv6 ospf6 bfd` is on, else null
     * @param auth the authentication trailer settings
     */
    public record Ospf6(InterfaceKind type, List<IpPrefix> addresses, AreaId area, int instanceId, int mtu, int linkMtu,
                        boolean mtuIgnore, int cost, InterfaceState state, int transmitDelay, int priority,
                        int helloInterval, int deadInterval, int retransmitInterval, long helloDueMillis, int dr,
                        int bdr, int linkScopedLsaCount, Ospf6PendingList lsUpdatePending,
                        Ospf6PendingList lsAckPending, Bfd bfd, AuthTrailer auth) {
        public Ospf6 {
            addresses = List.copyOf(addresses);
        }
    }

    /** oi->bfd_config: detect multiplier and intervals in milliseconds. */
    public record Bfd(int detectMultiplier, int minRx, int minTx) {
    }

    /**
     * oi->at_data: RFC 7166 authentication trailer.
     *
     * @param keychain the key-chain name when {@code mode} is KEYCHAIN
     * @param txDrops packets dropped on send (unsigned)
     * @param rxDrops packets dropped on receipt (unsigned)
     */
    public record AuthTrailer(Mode mode, String keychain, int txDrops, int rxDrops) {
        public static final AuthTrailer DISABLED = new AuthTrailer(Mode.DISABLED, null, 0, 0);

        /** Off, `ipv6 ospf6 authentication keychain NAME`, or `ipv6 ospf6 authentication key-id ...`. */
        public enum Mode { DISABLED, KEYCHAIN, MANUAL_KEY }
    }
}
