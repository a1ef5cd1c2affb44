package dev.ferry.lab.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The host's end of the guest agent's line protocol (agent.sh), on qemu's Unix socket for the
 * virtio-serial port ferry.ctl. A reader thread (a platform thread: it blocks in read) completes each
 * command's future from the agent's {@code done ID STATUS} lines; commands themselves go in and their
 * output comes back as files in the shared exec directory, so nothing on the port needs escaping.
 *
 * <pre>
 *   host                                    guest (agent.sh, PID 1)
 *   write EXEC/ID.sh
 *   "run ID"  ------------------------->    ( . EXEC/ID.sh ) >ID.out 2>ID.err &   (pid -> ID.pid)
 *   "kill ID SIG"  -------------------->    kill -SIG $(ID.pid)
 *             <-------------------------    "done ID STATUS"
 *   read ID.out, ID.err; delete ID.*
 * </pre>
 */
final class ControlChannel implements AutoCloseable {
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(10);

    private final SocketChannel socket;
    private final Path execDir;
    /** Ids unique across processes that attach to the same kept VM. */
    private final String idPrefix = "p" + ProcessHandle.current().pid() + "-";
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<String, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final Thread reader;
    private volatile boolean closed;

    private ControlChannel(SocketChannel socket, Path execDir, String name) {
        this.socket = socket;
        this.execDir = execDir;
        this.reader = Thread.ofPlatform().daemon().name(name + "-control").start(this::readLoop);
    }

    /** Connects to qemu's socket, retrying while qemu creates it and {@code alive} holds. */
    static ControlChannel connect(Path socketPath, Path execDir, String name, BooleanSupplier alive) throws IOException {
        long deadline = System.nanoTime() + CONNECT_WAIT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline && alive.getAsBoolean()) {
            if (Files.exists(socketPath)) {
                SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    ch.connect(UnixDomainSocketAddress.of(socketPath));
                    return new ControlChannel(ch, execDir, name);
                } catch (IOException e) {
                    ch.close();
                    last = e;
                }
            }
            sleep(20);
        }
        throw new IOException("cannot connect to the VM's control socket " + socketPath
                + (alive.getAsBoolean() ? "" : " (qemu exited)") + (last == null ? "" : ": " + last.getMessage()));
    }

    /** The guest kernel's release once the agent listens; throws when the wait ends first. */
    String awaitReady(Duration timeout, BooleanSupplier alive) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return ready.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!alive.getAsBoolean()) {
                    throw new IllegalStateException("qemu exited before the guest agent was ready");
                }
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the guest agent was not ready within " + timeout.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the guest agent");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("the VM's control channel closed before the agent was ready", e.getCause());
            }
        }
    }

    /** Starts a shell script in the guest (sourced by a subshell of the agent) and returns at once. */
    GuestProcess start(String script) {
        String id = idPrefix + nextId.getAndIncrement();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        pending.put(id, done);
        try {
            Files.writeString(execDir.resolve(id + ".sh"), script);
            send("run " + id);
        } catch (IOException | RuntimeException e) {
            pending.remove(id);
            GuestProcess.deleteFiles(execDir, id);
            throw e instanceof IOException io ? new UncheckedIOException("cannot start a command in the VM", io)
                    : (RuntimeException) e;
        }
        return new GuestProcess(this, execDir, id, done);
    }

    /** Sends a signal ("INT", "TERM", "KILL") to the process of a command. */
    void signal(String id, String signal) {
        try {
            send("kill " + id + " " + signal);
        } catch (IOException e) {
            // the channel is gone, and with it the VM's processes
        }
    }

    private void send(String line) throws IOException {
        if (closed) {
            throw new IOException("the VM's control channel is closed");
        }
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (socket) {
            while (b.hasRemaining()) {
                socket.write(b);
            }
        }
    }

    private void readLoop() {
        Throwable why = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(socket),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] w = line.strip().split(" ");
                if (w[0].equals("ready")) {
                    ready.complete(w.length > 1 ? w[1] : "");
                } else if (w[0].equals("done") && w.length == 3) {
                    CompletableFuture<Integer> f = pending.remove(w[1]);
                    if (f != null) {
                        f.complete(Integer.parseInt(w[2]));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            why = e;
        }
        IllegalStateException gone = new IllegalStateException("the VM's control channel closed"
                + (closed ? "" : " (qemu exited?)"), why);
        closed = true;
        ready.completeExceptionally(gone);
        pending.values().forEach(f -> f.completeExceptionally(gone));
        pending.clear();
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
