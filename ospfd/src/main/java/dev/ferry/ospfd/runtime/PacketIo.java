package dev.ferry.ospfd.runtime;

import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.lib.rawsock.RawIpSocket;
import dev.ferry.lib.rawsock.RawSocketReader;
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
 * OSPFv2 packets on the wire: one raw IP protocol 89 socket for the instance, packets encoded with the
 * interface's authentication and sent out of its ifindex, and received datagrams decoded, authenticated and
 * handed to the packet handler. Sizes keep every packet within the interface MTU (no IP fragmentation).
 */
final class PacketIo implements AutoCloseable {
    static final int PROTOCOL = 89;
    private static final System.Logger LOG = System.getLogger(PacketIo.class.getName());
    private static final int IP_HEADER = 20;
    private static final int OSPF_HEADER = 24;
    private static final int DD_FIXED = 8;
    private static final int LSU_FIXED = 4;
    private static final int REQUEST_ENTRY = 12;

    private final OspfRouter router;
    private final RawIpSocket socket;
    private final RawSocketReader reader;
    private int md5Sequence = (int) (System.currentTimeMillis() / 1000);
    final ReceiveCounters counters = new ReceiveCounters();

    PacketIo(OspfRouter router, String vrfDevice, Executor loop, Consumer<Datagram> handler) throws IOException {
        this.router = router;
        this.socket = RawIpSocket.openV4(PROTOCOL);
        if (vrfDevice != null) {
            socket.bindToDevice(vrfDevice);
        }
        this.reader = RawSocketReader.start("ospfd-rx", socket, loop, handler);
    }

    void membership(int ifindex, byte[] group, boolean join) {
        try {
            if (join) {
                socket.join(ifindex, group);
            } else {
                socket.leave(ifindex, group);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "OSPF multicast membership on ifindex " + ifindex + ": "
                    + e.getMessage());
        }
    }

    void send(Link link, byte[] destination, PacketBody body) {
        OspfHeader header = OspfHeader.v2(body.type(), router.routerId(), (int) link.area.id.value(),
                authentication(link.settings));
        OspfPacket packet = new OspfPacket(header, body);
        byte[] bytes;
        if (header.authentication() instanceof Authentication.Cryptographic c) {
            bytes = OspfPacketCodec.encodeMd5(packet, key(link.settings.md5Keys().get(c.keyId())));
        } else {
            bytes = OspfPacketCodec.encode(packet);
        }
        try {
            socket.send(link.ifindex, Ipv4.toBytes(link.address), destination, bytes);
            link.counters.sent++;
            PacketDebug.sent(router, link, destination, packet);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "OSPF send on " + link.label() + " failed: " + e.getMessage());
        }
    }

    /** Link State Updates carrying these LSAs, aged by the interface's transmit delay, split to fit the MTU. */
    void sendUpdate(Link link, byte[] destination, Collection<Lsa> lsas) {
        int room = link.mtu - IP_HEADER - OSPF_HEADER - LSU_FIXED - trailer(link.settings);
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
        return Math.max(1, (link.mtu - IP_HEADER - OSPF_HEADER - DD_FIXED - trailer(link.settings))
                / LsaHeader.LENGTH);
    }

    int maxLsaHeaders(Link link) {
        return Math.max(1, (link.mtu - IP_HEADER - OSPF_HEADER - trailer(link.settings)) / LsaHeader.LENGTH);
    }

    int maxRequests(Link link) {
        return Math.max(1, (link.mtu - IP_HEADER - OSPF_HEADER - trailer(link.settings)) / REQUEST_ENTRY);
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
        return Authentication.Cryptographic.md5(keyId, ++md5Sequence);
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
            LOG.log(System.Logger.Level.DEBUG, "OSPF packet from " + RouterIds.format(Ipv4.toInt(d.source()))
                    + " on " + link.label() + " dropped: " + f.error());
            return null;
        }
        OspfPacket packet = ((DecodeResult.Ok<OspfPacket>) result).value();
        String authError = checkAuthentication(link.settings, packet.header(), d.payload());
        if (authError != null) {
            link.counters.authenticationFailures++;
            counters.count("AUTHENTICATION");
            LOG.log(System.Logger.Level.WARNING, "OSPF packet from " + RouterIds.format(Ipv4.toInt(d.source())) + " on "
                    + link.label() + ": authentication failed: " + authError);
            return null;
        }
        return packet;
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
        reader.close();
        socket.close();
    }
}
