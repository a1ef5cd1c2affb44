package dev.ferry.lab.vm;

import dev.ferry.lab.Capture;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.proc.Parallel;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A namespace lab inside a full-kernel VM. Each router is a network namespace in the guest, named as the
 * router; {@link #exec} runs {@code ip netns exec ROUTER ...} there through the guest agent, and
 * {@link #guestShell} runs a script in the guest's own root namespace (one process start instead of one
 * per router, which counts under TCG). The work dir is the same path on both sides.
 *
 * <p>{@link #close} (also run by a JVM shutdown hook unless the lab is kept) stops qemu by its PID and
 * deletes the control socket's directory, the guest's scripts and, when the backend made it, the work
 * dir. Nothing else exists to clean: namespaces, links and modules live and die in the guest.
 */
public final class VmLab implements RunningLab {
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.vm");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(3);

    private final Topology topology;
    private final VmRecord record;
    private final Path guestDir;
    private final QemuProcess qemu;
    private final ControlChannel channel;
    private final GuestRouters routers;
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Duration> timings = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<VmCapture> captures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger captureCount = new AtomicInteger();
    private Thread shutdownHook;
    private boolean closed;

    VmLab(Topology topology, VmRecord record, Path guestDir, QemuProcess qemu, ControlChannel channel,
            GuestRouters routers) {
        this.topology = topology;
        this.record = record;
        this.guestDir = guestDir;
        this.qemu = qemu;
        this.channel = channel;
        this.routers = routers;
    }

    /** Builds the network in the guest, then has {@link GuestRouters} start each router. */
    void bringUp(LabOptions options) throws Exception {
        long t0 = System.nanoTime();
        GuestLabScript.Result build = GuestLabScript.build(topology);
        notes.addAll(build.notes());
        ExecResult r = guestShell(build.script(), BUILD_TIMEOUT);
        if (!r.ok()) {
            throw new IllegalStateException("building lab " + topology.name() + " in the VM failed (exit "
                    + r.exitCode() + "): " + r.output().strip());
        }
        timings.put("network (" + topology.routers().size() + " namespaces, " + topology.links().size() + " links)",
                Duration.ofNanos(System.nanoTime() - t0));
        long t1 = System.nanoTime();
        startRouters(options);
        timings.put("routers", Duration.ofNanos(System.nanoTime() - t1));
    }

    /** Starts every router at once: in the guest each start is mostly waiting for JVMs and daemons. */
    private void startRouters(LabOptions options) throws Exception {
        Map<String, String> started = new ConcurrentHashMap<>();
        try {
            Parallel.forEach(topology.routers(), spec -> {
                long s = System.nanoTime();
                routers.start(this, spec, options).ifPresent(note -> started.put(spec.name(), note));
                timings.put("router " + spec.name() + " (" + spec.kind() + ")",
                        Duration.ofNanos(System.nanoTime() - s));
            });
        } catch (Exception e) {
            throw new IllegalStateException("routers of lab " + topology.name() + " did not start in the VM:\n  "
                    + Parallel.messages(e), e);
        }
        topology.routers().stream().map(r -> started.get(r.name())).filter(n -> n != null).forEach(notes::add);
    }

    void timing(String step, Duration d) {
        timings.put(step, d);
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public String id() {
        return record.id();
    }

    @Override
    public String backend() {
        return VmBackend.NAME;
    }

    /** The lab's work dir: the same path in the guest, read-write. */
    public Path workDir() {
        return record.workDir();
    }

    /** The guest console's log (kernel messages, the agent's last words). */
    public Path consoleLog() {
        return workDir().resolve(VmBackend.CONSOLE_LOG);
    }

    @Override
    public ExecResult exec(String router, List<String> command, Duration timeout) {
        topology.requireRouter(router);
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", router));
        argv.addAll(command);
        return start("exec " + Shell.join(argv) + "\n").result(timeout);
    }

    /**
     * Runs a POSIX shell script in the guest's root namespace, where every router's namespace is at hand
     * ({@code ip -n ROUTER ...}, {@code ip netns exec ROUTER ...}).
     */
    public ExecResult guestShell(String script, Duration timeout) {
        return start(script).result(timeout);
    }

    private GuestProcess start(String script) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("lab " + id() + " is closed");
            }
        }
        return channel.start(script);
    }

    @Override
    public List<String> vtyshCommand(String router, String command) {
        return routers.vtysh(this, topology.requireRouter(router), command);
    }

    @Override
    public Capture capture(String router, String iface, String filter) {
        topology.requireRouter(router);
        Path pcap = workDir().resolve("captures").resolve(router + "-" + Shell.name("interface", iface) + "-"
                + captureCount.incrementAndGet() + ".pcap");
        try {
            Files.createDirectories(pcap.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        VmCapture c = VmCapture.start(this::start, router, iface, filter, pcap);
        captures.add(c);
        return c;
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public Map<String, Duration> timings() {
        synchronized (timings) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        }
    }

    /** Tears the lab down when the JVM exits, until {@link #close}. Not for kept labs. */
    synchronized void closeOnExit() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::close, "ferry-lab-" + id() + "-cleanup");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // the JVM is exiting: the hook is what runs us
                }
            }
        }
        for (VmCapture c : List.copyOf(captures)) {
            try {
                c.stop();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "capture stop: " + e);
            }
        }
        channel.close();
        qemu.stop();
        deleteTree(record.runDir());
        deleteTree(guestDir);
        if (record.ownsWorkDir()) {
            deleteTree(record.workDir());
        }
        VmRecord.delete(id());
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete all of " + root + ": " + e.getMessage());
        }
    }
}
