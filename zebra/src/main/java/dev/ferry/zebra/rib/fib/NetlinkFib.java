package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.RequestBatcher;
import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibPort;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.FibResultSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The kernel dataplane (FRR's zebra_dplane with its netlink provider): the RIB's ops are encoded on a thread of
 * its own and sent in batches of up to 256 messages per sendmsg() without ACKs, so only refusals come back
 * (RequestBatcher explains why every outcome is still known). Each op's result, installed or errno plus the
 * kernel's extack, goes back to the RIB's loop once per batch of sends. A route that decapsulates SRv6 into a
 * VRF first gets net.vrf.strict_mode turned on ({@link VrfStrictMode}), or fails with the reason it cannot be.
 */
public final class NetlinkFib implements FibPort, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.dplane");
    /** Messages per sendmsg(): measured best on the reference machine (lib/netlink's benchmark). */
    private static final int PER_SEND = 256;
    private static final int BUFFER_BYTES = 1 << 20;
    /** The end-of-work marker, told apart by identity (submit() never queues an empty list). */
    private static final List<FibOp> STOP = new ArrayList<>(0);
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final NetlinkSocket socket;
    private final Executor loop;
    private final LinkedBlockingQueue<List<FibOp>> queue = new LinkedBlockingQueue<>();
    private final ArrayDeque<FibOp> inFlight = new ArrayDeque<>();
    private final RequestBatcher batcher;
    private final VrfStrictMode strictMode;
    /** The kernel form of the last nexthop group encoded (this thread's only). */
    private final KernelEncoding.LastGroup lastGroup = new KernelEncoding.LastGroup();
    /** FRR's mpls_kernel_init: no /proc/sys/net/mpls (mpls_router not loaded), no labels on IP routes. */
    private final boolean pushesLabels = Files.isDirectory(Path.of("/proc/sys/net/mpls"));
    private List<FibResult> results = new ArrayList<>();
    private volatile FibResultSink sink;
    private final Thread thread;

    /**
     * @param socket a netlink socket of the dataplane's own (no multicast groups)
     * @param loop the RIB's event loop, where results are delivered
     */
    public NetlinkFib(NetlinkSocket socket, Executor loop) {
        this(socket, loop, VrfStrictMode.of(null));
    }

    NetlinkFib(NetlinkSocket socket, Executor loop, VrfStrictMode strictMode) {
        this.socket = socket;
        this.loop = loop;
        this.strictMode = strictMode;
        if (!pushesLabels) {
            LOG.log(System.Logger.Level.WARNING, "this kernel has no MPLS forwarding (no /proc/sys/net/mpls): IP routes "
                    + "are installed without their labels, which `show ip route` notes; label switching entries are "
                    + "refused");
        }
        this.batcher = new RequestBatcher(socket, PER_SEND, BUFFER_BYTES, false, new RequestBatcher.Listener() {
            @Override
            public void succeeded(int seq) {
                results.add(FibResult.ok(inFlight.removeFirst()));
            }

            @Override
            public void failed(int seq, NetlinkError error) {
                results.add(FibResult.failed(inFlight.removeFirst(), error.errno(), error.extackMessage()));
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
        NetlinkFib fib = new NetlinkFib(NetlinkSocket.open(options), loop, strictMode);
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
                    results.add(FibResult.failed(op, refusal.errno(), refusal.message()));
                    continue;
                }
            }
            try {
                var request = KernelEncoding.request(op, pushesLabels, lastGroup);
                inFlight.addLast(op);
                batcher.add(request);
            } catch (IllegalArgumentException e) {
                if (!inFlight.isEmpty() && inFlight.peekLast() == op) {
                    inFlight.removeLast();
                }
                results.add(FibResult.failed(op, Errno.EINVAL, e.getMessage()));
            } catch (NetlinkException e) {
                // the batcher reports the requests of a failed send as failed itself; this is a local error
                LOG.log(System.Logger.Level.ERROR, "netlink send failed: " + e.getMessage());
            }
        }
    }

    private void flush() {
        try {
            batcher.flush();
        } catch (NetlinkException e) {
            LOG.log(System.Logger.Level.ERROR, "netlink send failed: " + e.getMessage());
        }
        while (!inFlight.isEmpty()) { // never left unanswered, whatever happened above
            results.add(FibResult.failed(inFlight.removeFirst(), Errno.EIO, "no answer from the kernel"));
        }
        if (!results.isEmpty()) {
            List<FibResult> batch = results;
            results = new ArrayList<>();
            FibResultSink s = sink;
            loop.execute(() -> s.fibResults(batch));
        }
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
