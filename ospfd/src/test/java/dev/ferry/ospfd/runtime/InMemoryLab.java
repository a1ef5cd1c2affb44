package dev.ferry.ospfd.runtime;

import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Several Ferry {@link OspfRouter}s, each on its own loop and {@link InMemoryWire}, joined by in-memory
 * broadcast segments: what one sends out of an interface reaches the others on that segment (every one for a
 * multicast destination, the owner of the address for a unicast one), unless the test's drop rule says the
 * packet is lost. Short timers keep a whole lab converging in seconds.
 */
final class InMemoryLab implements AutoCloseable {
    static final int HELLO = 1;
    static final int DEAD = 4;
    static final int RETRANSMIT = 1;
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A packet on its way from one router to another, for drop rules. */
    record Delivery(Node from, Node to, String segment, OspfPacket packet) {
    }

    /** One interface of a router on a segment. */
    record Port(Node node, String segment, int ifindex, int address, Link link) {
    }

    /** One router of the lab. */
    final class Node {
        final String name;
        final int routerId;
        final ScheduledExecutorService loop;
        final InMemoryWire wire = new InMemoryWire();
        final OspfRouter router;
        private final Thread pump;

        private Node(String name, int routerId) throws Exception {
            this.name = name;
            this.routerId = routerId;
            this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ospfd-lab-" + name);
                t.setDaemon(true);
                return t;
            });
            OspfInstance instance = new OspfInstance("default", false);
            instance.routerId(RouterIds.format(routerId));
            RouteInstaller.Sink noZebra = new RouteInstaller.Sink() {
                @Override
                public void add(dev.ferry.lib.net.IpPrefix prefix, int metric, List<RouteInstaller.Hop> hops) {
                }

                @Override
                public void remove(dev.ferry.lib.net.IpPrefix prefix) {
                }
            };
            this.router = onLoop(() -> new OspfRouter(loop, OspfVersion.V2, instance, routerId, null, noZebra,
                    f -> false, wire));
            this.pump = new Thread(this::pump, "ospfd-lab-wire-" + name);
            pump.setDaemon(true);
            pump.start();
        }

        <T> T onLoop(Callable<T> task) throws Exception {
            return loop.submit(task).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }

        /** Its copy of an LSA of area 0, or null. */
        Lsa lookup(LsaKey key) throws Exception {
            return onLoop(() -> router.lookup(firstLink(), key));
        }

        /** Its neighbor's state on a segment (Down when it has none). */
        NeighborState neighborState(String segment, int neighborRouterId) throws Exception {
            Link link = port(this, segment).link;
            return onLoop(() -> {
                Neighbor n = link.neighbor(neighborRouterId);
                return n == null ? NeighborState.DOWN : n.state();
            });
        }

        private Link firstLink() {
            for (Port p : ports) {
                if (p.node == this) {
                    return p.link;
                }
            }
            throw new IllegalStateException(name + " has no interface");
        }

        private void pump() {
            while (!Thread.currentThread().isInterrupted()) {
                InMemoryWire.Sent s;
                try {
                    s = wire.next(Duration.ofMillis(200));
                } catch (InterruptedException e) {
                    return;
                }
                if (s != null) {
                    deliver(this, s);
                }
            }
        }

        private void stop() throws Exception {
            pump.interrupt();
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

    private final List<Node> nodes = new CopyOnWriteArrayList<>();
    private final List<Port> ports = new CopyOnWriteArrayList<>();
    private volatile Predicate<Delivery> drop = d -> false;
    /** Packets the drop rule took, for the test to check that the loss it scripted happened. */
    final List<Delivery> dropped = new CopyOnWriteArrayList<>();

    /** A router, with no interface yet. */
    Node router(String name, String routerId) throws Exception {
        Node n = new Node(name, RouterIds.parse(routerId));
        nodes.add(n);
        return n;
    }

    /** Brings up a broadcast interface of the router on a segment, in area 0, priority 1. */
    void attach(Node node, String segment, int ifindex, String address, int prefixLength) throws Exception {
        LinkSettings settings = new LinkSettings(InterfaceKind.BROADCAST, false, LinkSettings.DEFAULT_COST, HELLO,
                DEAD, 1, RETRANSMIT, LinkSettings.DEFAULT_TRANSMIT_DELAY, false, null, null, Map.of(), 0, 0);
        int addr = RouterIds.parse(address);
        Link link = node.onLoop(() -> {
            Link l = new Link(node.router, node.router.area(new AreaId(0, true)), "eth" + ifindex, ifindex, addr,
                    prefixLength, 1500, settings);
            node.router.addLink(new OspfRouter.LinkKey(ifindex, addr), l);
            return l;
        });
        ports.add(new Port(node, segment, ifindex, addr, link));
    }

    /** From now on, packets this rule matches are lost. */
    void drop(Predicate<Delivery> rule) {
        this.drop = rule;
    }

    private Port port(Node node, String segment) {
        for (Port p : ports) {
            if (p.node == node && p.segment.equals(segment)) {
                return p;
            }
        }
        throw new IllegalArgumentException(node.name + " is not on " + segment);
    }

    private void deliver(Node from, InMemoryWire.Sent s) {
        Port out = null;
        for (Port p : ports) {
            if (p.node == from && p.ifindex == s.ifindex()) {
                out = p;
            }
        }
        if (out == null) {
            return;
        }
        boolean multicast = (s.destination()[0] & 0xf0) == 0xe0;
        OspfPacket packet = OspfPacketCodec.decode(s.packet()) instanceof DecodeResult.Ok<OspfPacket>(OspfPacket p)
                ? p : null;
        List<Port> receivers = new ArrayList<>();
        for (Port p : ports) {
            if (p.node != from && p.segment.equals(out.segment)
                    && (multicast || Ipv4.toInt(s.destination()) == p.address)) {
                receivers.add(p);
            }
        }
        for (Port p : receivers) {
            Delivery d = new Delivery(from, p.node, out.segment, packet);
            if (packet != null && drop.test(d)) {
                dropped.add(d);
                continue;
            }
            p.node.wire.inject(new Datagram(p.ifindex, s.source(), s.destination(), s.packet()));
        }
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (Node n : nodes) {
            try {
                n.stop();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
