package dev.ferry.ospfd.runtime;

import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.ospfd.config.OspfAuthentication;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.packet.Authentication;
import dev.ferry.ospfd.packet.DatabaseDescription;
import dev.ferry.ospfd.packet.Hello;
import dev.ferry.ospfd.packet.OspfHeader;
import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.packet.PacketBody;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A live OSPFv2 adjacency without sockets: Ferry's {@link OspfRouter} on its own single-threaded loop, with one
 * point-to-point link on an {@link InMemoryWire}, and this class playing the neighbor (router 10.0.0.9, the
 * master of the exchange, with an empty database) packet by packet until the adjacency is Full. Then tests
 * inject what they like and read the router's state on its loop.
 */
final class LiveAdjacency implements AutoCloseable {
    static final int OURS = RouterIds.parse("10.0.0.2");
    static final int THEIRS = RouterIds.parse("10.0.0.9");
    static final byte[] OUR_ADDRESS = Ipv4.toBytes(RouterIds.parse("10.251.0.2"));
    static final byte[] THEIR_ADDRESS = Ipv4.toBytes(RouterIds.parse("10.251.0.1"));
    static final byte[] ALL_SPF_ROUTERS = {(byte) 224, 0, 0, 5};
    static final int IFINDEX = 7;
    static final int HELLO = 10;
    static final int DEAD = 40;
    static final int MD5_KEY_ID = 1;
    private static final Duration WAIT = Duration.ofSeconds(10);

    final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ospfd-test-loop");
        t.setDaemon(true);
        return t;
    });
    final InMemoryWire wire = new InMemoryWire();
    final OspfRouter router;
    final Link link;
    /** The area in the header of the neighbor's packets: the link's, or 0 over a virtual link. */
    volatile int packetArea;
    /** The router's link whose neighbor {@link #state()} reads: {@link #link}, or a virtual link. */
    volatile Link watched;
    private final byte[] md5Key;
    /** The neighbor's next keyed-MD5 sequence number. */
    int md5Sequence = 1_000_000;
    private int ddSequence = 4242;

    private LiveAdjacency(String md5Key, RouteInstaller.Sink sink, long areaId) throws Exception {
        this.md5Key = md5Key == null ? null : md5Key.getBytes(StandardCharsets.US_ASCII);
        OspfInstance instance = new OspfInstance("default", false);
        instance.routerId("10.0.0.2");
        LinkSettings settings = new LinkSettings(InterfaceKind.POINT_TO_POINT, false, 10, HELLO, DEAD, 1,
                LinkSettings.DEFAULT_RETRANSMIT, LinkSettings.DEFAULT_TRANSMIT_DELAY, false,
                md5Key == null ? null : OspfAuthentication.MESSAGE_DIGEST, null,
                md5Key == null ? Map.of() : Map.of(MD5_KEY_ID, md5Key), 0, 0);
        RouteInstaller.Sink noZebra = new RouteInstaller.Sink() {
            @Override
            public void add(dev.ferry.lib.net.IpPrefix prefix, int metric, List<RouteInstaller.Hop> nexthops) {
            }

            @Override
            public void remove(dev.ferry.lib.net.IpPrefix prefix) {
            }
        };
        this.router = onLoop(() -> new OspfRouter(loop, OspfVersion.V2, instance, OURS, null,
                sink == null ? noZebra : sink, f -> false, wire));
        this.link = onLoop(() -> {
            Area area = router.area(new AreaId(areaId, true));
            Link l = new Link(router, area, "eth0", IFINDEX, Ipv4.toInt(OUR_ADDRESS), 30, 1500, settings);
            router.addLink(new OspfRouter.LinkKey(IFINDEX, l.address), l);
            return l;
        });
        this.packetArea = (int) areaId;
        this.watched = link;
    }

    /** A router with an adjacency to the scripted neighbor, Full; keyed MD5 on the link when a key is given. */
    static LiveAdjacency full(String md5Key) throws Exception {
        return full(md5Key, null);
    }

    /** The same, with routes going to {@code sink} (on the router's loop) instead of nowhere. */
    static LiveAdjacency full(String md5Key, RouteInstaller.Sink sink) throws Exception {
        return full(md5Key, sink, 0);
    }

    /** The same, the link in area {@code areaId}. */
    static LiveAdjacency full(String md5Key, RouteInstaller.Sink sink, long areaId) throws Exception {
        LiveAdjacency a = new LiveAdjacency(md5Key, sink, areaId);
        try {
            a.bringToFull();
        } catch (Exception | AssertionError e) {
            a.close();
            throw e;
        }
        return a;
    }

    <T> T onLoop(Callable<T> task) throws Exception {
        return loop.submit(task).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The neighbor's Hello: E-bit, listing our router ID (2-Way). */
    Hello hello() {
        return Hello.v2(Ipv4.mask(30), HELLO, Options.E, 1, DEAD, 0, 0, List.of(OURS));
    }

    /** Encodes a packet from the neighbor, signed when the link uses keyed MD5 (with the next sequence number). */
    byte[] encode(PacketBody body) {
        if (md5Key == null) {
            return OspfPacketCodec.encode(new OspfPacket(OspfHeader.v2(body.type(), THEIRS, packetArea,
                    Authentication.Null.NONE), body));
        }
        return encodeMd5(body, md5Sequence++);
    }

    byte[] encodeMd5(PacketBody body, int sequence) {
        return OspfPacketCodec.encodeMd5(new OspfPacket(OspfHeader.v2(body.type(), THEIRS, packetArea,
                Authentication.Cryptographic.md5(MD5_KEY_ID, sequence)), body), md5Key);
    }

    void send(PacketBody body) {
        inject(encode(body));
    }

    /** Any bytes, as if the neighbor had sent them to our address. */
    void inject(byte[] packet) {
        wire.inject(new Datagram(IFINDEX, THEIR_ADDRESS.clone(), OUR_ADDRESS.clone(), packet));
    }

    /** Hello, then the exchange as master with an empty database, then waits for Full (on {@link #watched}). */
    void bringToFull() throws Exception {
        send(hello());
        awaitState(NeighborState.EX_START);
        send(new DatabaseDescription(1500, Options.E, DatabaseDescription.I | DatabaseDescription.M
                | DatabaseDescription.MS, ddSequence, List.of()));
        DatabaseDescription reply = awaitDd(ddSequence);
        while (true) {
            ddSequence++;
            send(new DatabaseDescription(1500, Options.E, DatabaseDescription.MS, ddSequence, List.of()));
            boolean slaveHasMore = (reply.flags() & DatabaseDescription.M) != 0;
            reply = awaitDd(ddSequence);
            if (!slaveHasMore && (reply.flags() & DatabaseDescription.M) == 0) {
                break;
            }
        }
        awaitState(NeighborState.FULL);
    }

    /** The router's next Database Description with this sequence number (the slave's echo). */
    private DatabaseDescription awaitDd(int sequence) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            InMemoryWire.Sent s = wire.next(Duration.ofMillis(200));
            if (s != null && OspfPacketCodec.decode(s.packet()) instanceof DecodeResult.Ok<OspfPacket>(OspfPacket p)
                    && p.body() instanceof DatabaseDescription dd && dd.sequence() == sequence) {
                return dd;
            }
        }
        throw new AssertionError("no Database Description with sequence " + sequence + " from the router");
    }

    NeighborState state() throws Exception {
        return onLoop(() -> {
            Neighbor n = watched.neighbor(THEIRS);
            return n == null ? NeighborState.DOWN : n.state();
        });
    }

    void awaitState(NeighborState want) throws Exception {
        await(() -> {
            try {
                return state() == want;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "neighbor " + want + ", is " + state());
    }

    /** Polls until true, with a deadline. */
    static void await(BooleanSupplier ok, String what) throws InterruptedException {
        await(ok, what, WAIT.toSeconds());
    }

    static void await(BooleanSupplier ok, String what, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Packets dropped before reaching the neighbor, by reason. */
    Map<String, Long> drops() throws Exception {
        return onLoop(() -> router.io().counters.snapshot());
    }

    LinkCounters counters() throws Exception {
        return onLoop(() -> {
            LinkCounters copy = new LinkCounters();
            copy.cryptoSequenceDrops = link.counters.cryptoSequenceDrops;
            copy.authenticationFailures = link.counters.authenticationFailures;
            copy.received = link.counters.received;
            copy.unknownNeighbor = link.counters.unknownNeighbor;
            return copy;
        });
    }

    /** The router's copy of an LSA, or null. */
    Lsa lookup(LsaKey key) throws Exception {
        return onLoop(() -> router.lookup(link, key));
    }

    /** Waits until everything injected so far has been handled. */
    void drain() throws Exception {
        onLoop(() -> null);
    }

    @Override
    public void close() throws Exception {
        try {
            onLoop(() -> {
                router.close();
                return null;
            });
        } finally {
            loop.shutdownNow();
        }
    }
}
