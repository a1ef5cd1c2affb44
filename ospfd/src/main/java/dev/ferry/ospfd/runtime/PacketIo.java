package dev.ferry.ospfd.runtime;

import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.ospfd.config.OspfAuthentication;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.packet.Authentication;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.Md5Authentication;
import dev.ferry.ospfd.packet.OspfHeader;
import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.packet.PacketBody;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * OSPF packets on the wire: one {@link PacketTransport} for the instance (a raw IP protocol 89 socket, IPv4 for
 * OSPFv2, IPv6 for OSPFv3, where the kernel fills and checks the checksum), packets encoded with the interface's authentication (v2) or
 * Instance ID (v3) and sent out of its ifindex from its address, and received datagrams decoded, authenticated
 * and handed to the packet handler. Sizes keep every packet within the interface MTU (no IP fragmentation).
 * Keyed-MD5 packets carry clock-based sequence numbers ({@link CryptoSequence}) and a neighbor's packets whose
 * number went backwards are dropped ({@link CryptoSequenceCheck}).
 */
final class PacketIo implements AutoCloseable {
    static final int PROTOCOL = RawPacketTransport.PROTOCOL;
    private static final System.Logger LOG = System.getLogger(PacketIo.class.getName());
    private static final byte[] ALL_SPF_ROUTERS_V4 = {(byte) 224, 0, 0, 5};
    private static final byte[] ALL_D_ROUTERS_V4 = {(byte) 224, 0, 0, 6};
    private static final byte[] ALL_SPF_ROUTERS_V6 = v6Group(5);
    private static final byte[] ALL_D_ROUTERS_V6 = v6Group(6);
    private static final int DD_FIXED = 8;
    private static final int LSU_FIXED = 4;
    private static final int REQUEST_ENTRY = 12;

    private final OspfRouter router;
    private final OspfVersion version;
    private final int ipHeader;
    private final PacketTransport transport;
    private static final int VIRTUAL_LINK_TTL = 100;
    private boolean unicastRaised;
    private final CryptoSequence md5Sequence = CryptoSequence.fromSystemClock();
    final ReceiveCounters counters = new ReceiveCounters();

    PacketIo(OspfRouter router, OspfVersion version, String vrfDevice, Executor loop, Consumer<Datagram> handler,
            PacketTransport.Factory transports) throws IOException {
        this.router = router;
        this.version = version;
        this.ipHeader = version == OspfVersion.V2 ? 20 : 40;
        this.transport = transports.open(version, vrfDevice, loop, handler);
    }

    private static byte[] v6Group(int last) {
        byte[] g = new byte[16];
        g[0] = (byte) 0xff;
        g[1] = 0x02;
        g[15] = (byte) last;
        return g;
    }

    /** AllSPFRouters of this version: 224.0.0.5 or ff02::5. */
    byte[] allSpfRouters() {
        return version == OspfVersion.V2 ? ALL_SPF_ROUTERS_V4 : ALL_SPF_ROUTERS_V6;
    }

    /** AllDRouters of this version: 224.0.0.6 or ff02::6. */
    byte[] allDRouters() {
        return version == OspfVersion.V2 ? ALL_D_ROUTERS_V4 : ALL_D_ROUTERS_V6;
    }

    /** How logs name a packet's source. */
    String format(byte[] address) {
        return version == OspfVersion.V2 ? RouterIds.format(Ipv4.toInt(address))
                : dev.ferry.lib.net.IpAddresses.format(address);
    }

    /**
     * Unicast packets cross several hops on a virtual link, so once one is configured the socket's unicast TTL
     * is raised (to FRR's OSPF_VL_IP_TTL); back to 1 when none is left.
     */
    void virtualLinksConfigured(boolean any) {
        if (any == unicastRaised) {
            return;
        }
        try {
            transport.unicastHops(any ? VIRTUAL_LINK_TTL : 1);
            unicastRaised = any;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "OSPF unicast TTL for virtual links: " + e.getMessage());
        }
    }

    void membership(int ifindex, byte[] group, boolean join) {
        try {
            transport.membership(ifindex, group, join);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "OSPF multicast membership on ifindex " + ifindex + ": "
                    + e.getMessage());
        }
    }

    void send(Link link, byte[] destination, PacketBody body) {
        if (link.isVirtual()) {
            // RFC 2328 8.1: a virtual link's packets go unicast to its far end, whatever they would go to
            if (link.virtualEnd == null) {
                return;
            }
            destination = Ipv4.toBytes(link.virtualEnd.peerAddress());
        }
        int area = (int) link.area.id.value();
        OspfHeader header = version == OspfVersion.V2
                ? OspfHeader.v2(body.type(), router.routerId(), area, authentication(link.settings))
                : OspfHeader.v3(body.type(), router.routerId(), area, link.settings.instanceId());
        OspfPacket packet = new OspfPacket(header, body);
        byte[] source = link.sourceAddress();
        byte[] bytes;
        if (version == OspfVersion.V3) {
            bytes = OspfPacketCodec.encodeV3(packet, source, destination);
        } else if (header.authentication() instanceof Authentication.Cryptographic c) {
            bytes = OspfPacketCodec.encodeMd5(packet, key(link.settings.md5Keys().get(c.keyId())));
        } else {
            bytes = OspfPacketCodec.encode(packet);
        }
        try {
            transport.send(link.ifindex, source, destination, bytes);
            link.counters.sent++;
            PacketDebug.sent(router, link, destination, packet);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "OSPF send on " + link.label() + " failed: " + e.getMessage());
        }
    }

    /** Link State Updates carrying these LSAs, aged by the interface's transmit delay, split to fit the MTU. */
    void sendUpdate(Link link, byte[] destination, Collection<Lsa> lsas) {
        int room = link.mtu - ipHeader - version.headerLength() - LSU_FIXED - trailer(link.settings);
        List<Lsa> batch = new ArrayList<>();
        int used = 0;
        for (Lsa lsa : lsas) {
            Lsa aged = aged(lsa, link.settings.transmitDelay());
            if (!batch.isEmpty() && used + aged.length() > room) {
                send(link, destination, new LinkStateUpdate(batch, List.of()));
                batch = new ArrayList<>();
                used = 0;
            }
            batch.add(aged);
            used += aged.length();
        }
        if (!batch.isEmpty()) {
            send(link, destination, new LinkStateUpdate(batch, List.of()));
        }
    }

    private static Lsa aged(Lsa lsa, int delay) {
        LsaHeader h = lsa.header();
        if ((h.age() & LsaHeader.DO_NOT_AGE) != 0 || h.isMaxAge()) {
            return lsa;
        }
        return lsa.withAge(Math.min(LsaHeader.MAX_AGE, h.age() + delay));
    }

    int maxDdHeaders(Link link) {
        return Math.max(1, (link.mtu - ipHeader - version.headerLength() - DD_FIXED - trailer(link.settings))
                / LsaHeader.LENGTH);
    }

    int maxLsaHeaders(Link link) {
        return Math.max(1, (link.mtu - ipHeader - version.headerLength() - trailer(link.settings)) / LsaHeader.LENGTH);
    }

    int maxRequests(Link link) {
        return Math.max(1, (link.mtu - ipHeader - version.headerLength() - trailer(link.settings)) / REQUEST_ENTRY);
    }

    private static int trailer(LinkSettings s) {
        return s.authentication() == OspfAuthentication.MESSAGE_DIGEST ? Md5Authentication.DIGEST_LENGTH : 0;
    }

    private Authentication authentication(LinkSettings s) {
        if (s.authentication() == null || s.authentication() == OspfAuthentication.NULL) {
            return Authentication.Null.NONE;
        }
        if (s.authentication() == OspfAuthentication.SIMPLE) {
            return new Authentication.Simple(key(s.simpleKey()));
        }
        Integer keyId = lastKey(s.md5Keys());
        if (keyId == null) {
            return Authentication.Null.NONE;
        }
        return Authentication.Cryptographic.md5(keyId, md5Sequence.next());
    }

    private static Integer lastKey(Map<Integer, String> keys) {
        Integer last = null;
        for (Integer id : keys.keySet()) {
            last = last == null || id > last ? id : last;
        }
        return last;
    }

    static byte[] key(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Decodes what arrived; null when it must be dropped (counted and logged here, RFC 2328 8.2: the packet is
     * dropped, the adjacency is not touched).
     */
    OspfPacket decode(Link link, Datagram d) {
        DecodeResult<OspfPacket> result = OspfPacketCodec.decode(d.payload());
        if (result instanceof DecodeResult.Failed<OspfPacket> f) {
            counters.count(f.error().reason().name());
            LOG.log(System.Logger.Level.DEBUG, "OSPF packet from " + format(d.source())
                    + " on " + link.label() + " dropped: " + f.error());
            return null;
        }
        OspfPacket packet = ((DecodeResult.Ok<OspfPacket>) result).value();
        if (packet.header().version() != version) {
            counters.count("BAD_VERSION");
            return null;
        }
        if (version == OspfVersion.V3) {
            return packet;
        }
        String authError = checkAuthentication(link.settings, packet.header(), d.payload());
        if (authError != null) {
            link.counters.authenticationFailures++;
            counters.count("AUTHENTICATION");
            LOG.log(System.Logger.Level.WARNING, "OSPF packet from " + format(d.source()) + " on "
                    + link.label() + ": authentication failed: " + authError);
            return null;
        }
        if (packet.header().authentication() instanceof Authentication.Cryptographic c
                && !sequenceInOrder(link, d, packet.header().routerId(), c.sequence())) {
            return null;
        }
        return packet;
    }

    /**
     * RFC 2328 D.5.1: a packet whose digest verified but whose sequence number is below the last one accepted
     * from the same neighbor is a replay (or the neighbor restarted with smaller numbers): dropped and counted,
     * logged at the first drop of a burst and when packets are accepted again. Packets from a router that is
     * not (yet) a neighbor are not checked: there is nothing to compare with.
     */
    private boolean sequenceInOrder(Link link, Datagram d, int sender, int sequence) {
        Neighbor nbr = link.neighbor(sender);
        if (nbr == null) {
            return true;
        }
        switch (nbr.cryptoSequence.offer(sequence)) {
            case ACCEPTED -> {
                return true;
            }
            case ACCEPTED_AFTER_DROPS -> {
                LOG.log(System.Logger.Level.INFO, "OSPF packets from " + format(d.source()) + " on " + link.label()
                        + ": cryptographic sequence number in order again after "
                        + nbr.cryptoSequence.lastBurst() + " dropped");
                return true;
            }
            case DROPPED_FIRST -> LOG.log(System.Logger.Level.WARNING, "OSPF packet from " + format(d.source())
                    + " on " + link.label() + " dropped: cryptographic sequence number "
                    + Integer.toUnsignedString(sequence) + " is below the last accepted, "
                    + nbr.cryptoSequence.lastAccepted() + " (replay or neighbor restart; logged once per burst)");
            case DROPPED -> {
                // counted below; the burst's first drop was logged
            }
        }
        link.counters.cryptoSequenceDrops++;
        counters.count("CRYPTO_SEQUENCE");
        return false;
    }

    private static String checkAuthentication(LinkSettings s, OspfHeader h, byte[] raw) {
        OspfAuthentication want = s.authentication() == null ? OspfAuthentication.NULL : s.authentication();
        Authentication got = h.authentication();
        switch (want) {
            case NULL -> {
                return got instanceof Authentication.Null ? null : "type " + got.type() + ", expected null";
            }
            case SIMPLE -> {
                if (!(got instanceof Authentication.Simple simple)) {
                    return "type " + got.type() + ", expected simple password";
                }
                return java.util.Arrays.equals(simple.password(), java.util.Arrays.copyOf(key(s.simpleKey()), 8))
                        ? null : "wrong simple password";
            }
            default -> {
                if (!(got instanceof Authentication.Cryptographic c)) {
                    return "type " + got.type() + ", expected message-digest";
                }
                String key = s.md5Keys().get(c.keyId());
                if (key == null) {
                    return "unknown key id " + c.keyId();
                }
                return Md5Authentication.verify(raw, 0, h.length(), raw.length, key(key)) ? null
                        : "MD5 digest does not match key id " + c.keyId();
            }
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
