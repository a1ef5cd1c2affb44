package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.RequestBatcher;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NexthopMessage;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibPort;
import dev.ferry.zebra.rib.FibAnswers;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.FibResultSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The kernel dataplane (FRR's zebra_dplane with its netlink provider): the RIB's ops are encoded on a thread of
 * its own and sent in batches of up to 256 messages per sendmsg() without ACKs, so only refusals come back
 * (RequestBatcher explains why every outcome is still known). Each op's result, installed or errno plus the
 * kernel's extack, goes back to the RIB's loop once per batch of sends. A route that decapsulates SRv6 into a
 * VRF first gets net.vrf.strict_mode turned on ({@link VrfStrictMode}), or fails with the reason it cannot be.
 *
 * <p>A route through one gateway names a kernel nexthop object for it ({@link NexthopObjects}), created in the
 * same batch just before the first route that names it (the kernel handles a socket's messages in order). A
 * route refused while it named one, or named one the kernel refused to create, is sent once more with its
 * gateway ({@link ObjectRetries}): the object may have gone with its interface, and the second answer, with the
 * kernel's own errno and reason, is the route's. {@code -Dferry.zebra.nexthopObjects=false} keeps every route
 * in its plain form (to compare, or for a kernel that misbehaves with objects).
 */
public final class NetlinkFib implements FibPort, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.dplane");
    /** Messages per sendmsg(): measured best on the reference machine (lib/netlink's benchmark). */
    private static final int PER_SEND = 256;
    private static final int BUFFER_BYTES = 1 << 20;
    /**
     * Answers go back to the RIB's loop at least every this many ops, not only at the end of a round: the loop
     * can then submit the next ops while this thread is still sending. With answers once per round, the two
     * took turns and this thread sat idle for a fifth of a full table's install.
     */
    static final int HANDOFF = 1024;
    /** The end-of-work marker, told apart by identity (submit() never queues an empty list). */
    private static final List<FibOp> STOP = new ArrayList<>(0);
    private static final long CLOSE_WAIT_MILLIS = 10_000;
    private static final boolean NEXTHOP_OBJECTS = !"false".equals(System.getProperty("ferry.zebra.nexthopObjects"));

    private final NetlinkSocket socket;
    private final Executor loop;
    private final LinkedBlockingQueue<List<FibOp>> queue = new LinkedBlockingQueue<>();
    private final InFlight inFlight = new InFlight();
    private final RequestBatcher batcher;
    private final VrfStrictMode strictMode;
    /** The kernel form of the last nexthop group encoded (this thread's only). */
    private final KernelEncoding.LastGroup lastGroup = new KernelEncoding.LastGroup();
    private final NexthopObjects objects;
    private final ObjectRetries retries = new ObjectRetries();
    /** Objects the kernel refused to create while routes naming them may still be in flight, with its answer. */
    private final Map<Integer, NetlinkError> refusedObjects = new HashMap<>();
    private final KernelEncoding.NexthopIds nexthopIds = new KernelEncoding.NexthopIds() {
        @Override
        public int idFor(int family, List<NextHop> hops) {
            return nexthopId(family, hops);
        }

        @Override
        public int generation() {
            return objects.generation();
        }
    };
    /** FRR's mpls_kernel_init: no /proc/sys/net/mpls (mpls_router not loaded), no labels on IP routes. */
    private final boolean pushesLabels = Files.isDirectory(Path.of("/proc/sys/net/mpls"));
    private FibAnswers results = new FibAnswers(0);
    private volatile FibResultSink sink;
    private final Thread thread;

    /**
     * @param socket a netlink socket of the dataplane's own (no multicast groups)
     * @param loop the RIB's event loop, where results are delivered
     */
    public NetlinkFib(NetlinkSocket socket, Executor loop) {
        this(socket, loop, VrfStrictMode.of(null), NEXTHOP_OBJECTS);
    }

    /** @param nexthopObjects whether routes may go by kernel nexthop object (else all carry their nexthops) */
    NetlinkFib(NetlinkSocket socket, Executor loop, VrfStrictMode strictMode, boolean nexthopObjects) {
        this.socket = socket;
        this.loop = loop;
        this.strictMode = strictMode;
        this.objects = new NexthopObjects(nexthopObjects);
        if (!pushesLabels) {
            LOG.log(System.Logger.Level.WARNING, "this kernel has no MPLS forwarding (no /proc/sys/net/mpls): IP routes "
                    + "are installed without their labels, which `show ip route` notes; label switching entries are "
                    + "refused");
        }
        this.batcher = new RequestBatcher(socket, PER_SEND, BUFFER_BYTES, false, new RequestBatcher.Listener() {
            @Override
            public void succeeded(int seq) {
                answered(null);
            }

            @Override
            public void failed(int seq, NetlinkError error) {
                answered(error);
            }
        });
        this.thread = Thread.ofPlatform().name("zebra-dplane").daemon(true).unstarted(this::run);
    }

    /** Opens a socket in the current network namespace and starts the dataplane thread. */
    public static NetlinkFib open(Executor loop) throws NetlinkException {
        return open(NetlinkSocket.Options.defaults(), loop);
    }

    public static NetlinkFib open(NetlinkSocket.Options options, Executor loop) throws NetlinkException {
        return open(options, loop, VrfStrictMode.of(options.namespace()));
    }

    static NetlinkFib open(NetlinkSocket.Options options, Executor loop, VrfStrictMode strictMode)
            throws NetlinkException {
        return open(options, loop, strictMode, NEXTHOP_OBJECTS);
    }

    static NetlinkFib open(NetlinkSocket.Options options, Executor loop, VrfStrictMode strictMode,
            boolean nexthopObjects) throws NetlinkException {
        NetlinkFib fib = new NetlinkFib(NetlinkSocket.open(options), loop, strictMode, nexthopObjects);
        fib.thread.start();
        return fib;
    }

    @Override
    public boolean pushesLabels() {
        return pushesLabels;
    }

    @Override
    public void connect(FibResultSink resultSink) {
        this.sink = resultSink;
    }

    @Override
    public void submit(List<FibOp> ops) {
        if (!ops.isEmpty()) {
            queue.add(ops);
        }
    }

    private void run() {
        List<List<FibOp>> work = new ArrayList<>();
        try {
            boolean stopping = false;
            while (!stopping) {
                work.add(queue.take());
                queue.drainTo(work);
                int expected = results.size();
                for (List<FibOp> ops : work) {
                    expected += ops.size();
                }
                // this round's answers (up to a hand-off) without the arrays growing
                results = results.presized(Math.min(expected, HANDOFF + PER_SEND));
                for (List<FibOp> ops : work) {
                    if (ops == STOP) {
                        stopping = true; // what came before it is still sent and answered
                        break;
                    }
                    program(ops);
                }
                work.clear();
                flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            socket.close();
        }
    }

    private void program(List<FibOp> ops) {
        for (FibOp op : ops) {
            if (VrfStrictMode.needed(op)) {
                VrfStrictMode.Refusal refusal = strictMode.ensureOn();
                if (refusal != null) {
                    results.add(op, FibResult.failed(refusal.errno(), refusal.message()));
                    continue;
                }
            }
            try {
                NetlinkRequest request = KernelEncoding.request(op, pushesLabels, lastGroup, nexthopIds);
                send(op, lastGroup.nexthopId(), request);
            } catch (IllegalArgumentException e) {
                inFlight.removeLastIf(op);
                results.add(op, FibResult.failed(Errno.EINVAL, e.getMessage()));
            } catch (NetlinkException e) {
                // the batcher reports the requests of a failed send as failed itself; this is a local error
                LOG.log(System.Logger.Level.ERROR, "netlink send failed: " + e.getMessage());
            }
            if (results.size() >= HANDOFF) {
                handOff(HANDOFF + PER_SEND);
            }
        }
    }

    /** Posts the answers so far to the RIB's loop; the next ones go into arrays for {@code next}. */
    private void handOff(int next) {
        if (!results.isEmpty()) {
            FibAnswers batch = results;
            results = new FibAnswers(next);
            FibResultSink s = sink;
            loop.execute(() -> s.fibResults(batch));
        }
    }

    /**
     * Hands {@code op}'s request (naming object {@code nexthopId}, or 0) to the batcher, then the retries its
     * answers asked for, if a batch went out: they go before any newer op.
     */
    private void send(FibOp op, int nexthopId, NetlinkRequest request) throws NetlinkException {
        inFlight.addOp(op, nexthopId);
        batcher.add(request);
        sendRetries();
    }

    /**
     * The object a route of {@code family} with nexthops {@code hops} names, or 0 to carry them itself: the one
     * known for its gateway, or a new one whose creation goes out now, ahead of the route.
     */
    private int nexthopId(int family, List<NextHop> hops) {
        if (!objects.enabled() || !NexthopObjects.eligible(family, hops)) {
            return 0;
        }
        NextHop hop = hops.getFirst();
        int id = objects.idOf(hop);
        if (id == 0) {
            id = objects.assign(hop);
            inFlight.addCreation(id);
            try {
                batcher.add(NexthopMessage.via(id, hop.gateway(), hop.ifindex(), RouteProtocol.FERRY_ZEBRA)
                        .request(NlMsgType.RTM_NEWNEXTHOP, NlFlags.REQUEST | NlFlags.CREATE | NlFlags.EXCL));
                sendRetries();
            } catch (NetlinkException e) {
                LOG.log(System.Logger.Level.ERROR, "netlink send failed: " + e.getMessage());
            }
        }
        return id;
    }

    /** The batcher's answer to the oldest request in flight: null for done, else the kernel's refusal. */
    private void answered(NetlinkError error) {
        FibOp op = inFlight.op(0);
        int id = inFlight.id(0);
        inFlight.removeFirst();
        if (op == null) {
            if (error != null) {
                objects.creationFailed(id, error);
                refusedObjects.put(id, error);
            }
            return;
        }
        if (id != 0 && error != null) {
            objects.forget(id);
            retries.refused(op, error);
        } else if (id != 0 && !refusedObjects.isEmpty() && refusedObjects.containsKey(id)) {
            retries.refused(op, refusedObjects.get(id)); // it went in by someone else's object of that id
        } else {
            retries.answered(op);
            results.add(op, error == null ? FibResult.OK : refusal(error));
        }
    }

    /** Sends the retries due, each once, in their routes' plain form; the superseded keep their first answer. */
    private void sendRetries() throws NetlinkException {
        while (!retries.isEmpty()) {
            List<ObjectRetries.Retry> superseded = new ArrayList<>();
            for (ObjectRetries.Retry r : retries.take(inFlight, superseded)) {
                inFlight.addOp(r.op(), 0);
                try {
                    batcher.add(KernelEncoding.request(r.op(), pushesLabels, new KernelEncoding.LastGroup()));
                } catch (IllegalArgumentException e) {
                    inFlight.removeLastIf(r.op());
                    results.add(r.op(), FibResult.failed(Errno.EINVAL, e.getMessage()));
                }
            }
            for (ObjectRetries.Retry r : superseded) {
                results.add(r.op(), refusal(r.firstAnswer()));
            }
        }
    }

    /** The result of an op the kernel refused with {@code error}. */
    private static FibResult refusal(NetlinkError error) {
        return FibResult.failed(error.errno(), error.extackMessage());
    }

    private void flush() {
        try {
            do {
                batcher.flush();
                sendRetries();
            } while (batcher.pending() > 0);
        } catch (NetlinkException e) {
            LOG.log(System.Logger.Level.ERROR, "netlink send failed: " + e.getMessage());
        }
        List<ObjectRetries.Retry> unsent = new ArrayList<>();
        unsent.addAll(retries.take(inFlight, unsent)); // none unless a send failed above
        for (ObjectRetries.Retry r : unsent) {
            results.add(r.op(), refusal(r.firstAnswer()));
        }
        while (!inFlight.isEmpty()) { // never left unanswered, whatever happened above
            FibOp op = inFlight.op(0);
            inFlight.removeFirst();
            if (op != null) {
                results.add(op, FibResult.failed(Errno.EIO, "no answer from the kernel"));
            }
        }
        refusedObjects.clear();
        handOff(0);
    }

    /**
     * Stops the thread once the ops already submitted are programmed, and waits for it (bounded), so that a
     * sweep after close() sees every route this dataplane installed.
     */
    @Override
    public void close() {
        queue.add(STOP);
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
