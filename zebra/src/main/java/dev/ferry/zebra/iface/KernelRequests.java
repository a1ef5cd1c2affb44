package dev.ferry.zebra.iface;

import dev.ferry.lib.netlink.Errno;
import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The request/answer netlink socket (no multicast groups) and the platform thread that owns it: link and
 * address changes are sent one at a time with an ACK asked, and each answer goes back to zebra's loop.
 * The loop never blocks on the kernel, except for the dumps at start-up.
 */
final class KernelRequests implements AutoCloseable {
    private final NetlinkSocket socket;
    private final ExecutorService thread;
    private final Executor loop;

    KernelRequests(NetlinkSocket socket, Executor loop) {
        this.socket = socket;
        this.loop = loop;
        this.thread = Executors.newSingleThreadExecutor(
                r -> Thread.ofPlatform().name("zebra-if-requests").daemon().unstarted(r));
    }

    /** Sends {@code request}; {@code then} gets, on the loop, empty when done or the kernel's refusal. */
    void submit(NetlinkRequest request, Consumer<Optional<NetlinkError>> then) {
        thread.execute(() -> {
            Optional<NetlinkError> result;
            try {
                result = socket.execute(request);
            } catch (NetlinkException e) {
                result = Optional.of(e.kernelError() != null ? e.kernelError()
                        : NetlinkError.local(e.errno() != 0 ? e.errno() : Errno.EINVAL, e.getMessage()));
            }
            Optional<NetlinkError> r = result;
            try {
                loop.execute(() -> then.accept(r));
            } catch (RejectedExecutionException e) {
                // zebra stopped: nobody waits for the answer
            }
        });
    }

    /** A dump, waited for (start-up); a dump the kernel interrupted is asked again. */
    List<NetlinkMessage> dump(NetlinkRequest request) throws NetlinkException {
        return call(() -> {
            for (int attempt = 0; ; attempt++) {
                try {
                    return socket.dump(request);
                } catch (NetlinkException e) {
                    if (e.errno() != Errno.EINTR || attempt >= 10) {
                        throw e;
                    }
                }
            }
        });
    }

    /** Runs {@code work} on the request thread and waits for it. */
    <T> T call(Callable<T> work) throws NetlinkException {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetlinkException("interrupted", Errno.EINTR, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NetlinkException ne) {
                throw ne;
            }
            throw new NetlinkException(String.valueOf(e.getCause()), 0, e.getCause());
        }
    }

    /** Runs {@code work} on the request thread without waiting (a re-dump after lost events). */
    void later(Runnable work) {
        thread.execute(work);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.close();
    }
}
