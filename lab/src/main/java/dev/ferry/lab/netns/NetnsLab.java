package dev.ferry.lab.netns;

import dev.ferry.lab.Capture;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A topology running in network namespaces on the host kernel. Everything it makes is named after its id
 * and recorded in {@link LabRecords}; {@link #close} (also run by a JVM shutdown hook unless the lab is kept)
 * ends its processes by PID, deletes its namespaces, captures and files.
 */
final class NetnsLab implements RunningLab {
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.netns");

    private final Topology topology;
    private final NetnsNames names;
    private final Path workDir;
    private final boolean ownsWorkDir;
    private final Map<String, RouterRunner> routers = new LinkedHashMap<>();
    private final List<NetnsCapture> captures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Duration> timings = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> notes = new ArrayList<>();
    private Thread shutdownHook;
    private boolean closed;

    NetnsLab(Topology topology, NetnsNames names, Path workDir, boolean ownsWorkDir, Path ferryHome) {
        this.topology = topology;
        this.names = names;
        this.workDir = workDir;
        this.ownsWorkDir = ownsWorkDir;
        for (RouterSpec r : topology.routers()) {
            RouterDirs dirs = RouterDirs.of(workDir, r.name());
            String ns = names.namespace(r.name());
            routers.put(r.name(), r.kind() == RouterKind.FRR ? new FrrRouter(r, ns, dirs, workDir)
                    : new FerryRouter(r, ns, dirs, ferryHome));
        }
    }

    List<String> namespaces() {
        return topology.routers().stream().map(r -> names.namespace(r.name())).toList();
    }

    /** Tears the lab down when the JVM exits, until {@link #keepAfterExit} or {@link #close}. */
    synchronized void closeOnExit() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::close, "ferry-lab-" + names.id() + "-cleanup");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** The lab outlives this JVM (ferry-lab up --keep): no shutdown hook, and the record says it is kept. */
    synchronized void keepAfterExit() {
        removeHook();
        LabRecords.write(LabRecords.forThisProcess(names.id(), true, workDir, ownsWorkDir, namespaces()));
    }

    /** Builds the network and starts every router, routers in parallel. */
    void bringUp() throws Exception {
        long t0 = System.nanoTime();
        NetworkSetup net = new NetworkSetup(topology, names, new ArrayList<>());
        net.build();
        notes.addAll(net.notes());
        timings.put("network (" + topology.routers().size() + " namespaces, " + topology.links().size() + " links)",
                Duration.ofNanos(System.nanoTime() - t0));
        long t1 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, Math.max(1, routers.size())))) {
            Map<String, Future<?>> started = new LinkedHashMap<>();
            for (Map.Entry<String, RouterRunner> e : routers.entrySet()) {
                started.put(e.getKey(), pool.submit(() -> {
                    long s = System.nanoTime();
                    e.getValue().start();
                    timings.put("router " + e.getKey() + " (" + kind(e.getKey()) + ")", Duration.ofNanos(System.nanoTime() - s));
                    return null;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, Future<?>> f : started.entrySet()) {
                try {
                    f.getValue().get();
                } catch (java.util.concurrent.ExecutionException ex) {
                    failures.add(ex.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("lab " + topology.name() + " (" + names.id() + ") did not come up:\n  "
                        + String.join("\n  ", failures));
            }
        }
        timings.put("routers started and configured", Duration.ofNanos(System.nanoTime() - t1));
        timings.put("total", Duration.ofNanos(System.nanoTime() - t0));
    }

    private String kind(String router) {
        return topology.requireRouter(router).kind() == RouterKind.FRR ? "FRR" : "Ferry";
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public String id() {
        return names.id();
    }

    @Override
    public String backend() {
        return NetnsBackend.NAME;
    }

    @Override
    public ExecResult exec(String router, List<String> command, Duration timeout) {
        return HostCommand.run(Namespaces.inside(namespace(router), command), timeout);
    }

    @Override
    public List<String> vtyshCommand(String router, String command) {
        return runner(router).vtysh(command);
    }

    @Override
    public List<String> hostCommand(String router, List<String> command) {
        return Namespaces.inside(namespace(router), command);
    }

    @Override
    public List<String> interactiveVtysh(String router) {
        return hostCommand(router, runner(router).interactiveVtysh());
    }

    @Override
    public Capture capture(String router, String iface, String filter) {
        Path pcap = workDir.resolve("captures").resolve(router + "-" + iface + "-" + captures.size() + ".pcap");
        NetnsCapture c = NetnsCapture.start(namespace(router), iface, filter, pcap);
        captures.add(c);
        return c;
    }

    @Override
    public Map<String, Duration> timings() {
        synchronized (timings) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        }
    }

    /** The router's namespace ("fl3a9c1e-PE1"). */
    String namespace(String router) {
        topology.requireRouter(router);
        return names.namespace(router);
    }

    Path runDir(String router) {
        return runner(router).runDir();
    }

    private RouterRunner runner(String router) {
        RouterRunner r = routers.get(router);
        if (r == null) {
            topology.requireRouter(router);
        }
        return r;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<String> problems = new ArrayList<>();
        for (NetnsCapture c : List.copyOf(captures)) {
            try {
                c.stop();
            } catch (RuntimeException e) {
                problems.add("capture: " + e.getMessage());
            }
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, Math.max(1, routers.size())))) {
            for (RouterRunner r : routers.values()) {
                pool.submit(() -> {
                    try {
                        r.stop();
                    } catch (RuntimeException e) {
                        synchronized (problems) {
                            problems.add(e.getMessage());
                        }
                    }
                });
            }
        }
        for (String ns : namespaces()) {
            problems.addAll(Namespaces.destroy(ns, Duration.ofSeconds(5)));
        }
        if (ownsWorkDir) {
            LabRecords.deleteTree(workDir);
        } else {
            routers.keySet().forEach(r -> LabRecords.deleteTree(workDir.resolve(r)));
            LabRecords.deleteTree(workDir.resolve("captures"));
        }
        LabRecords.delete(names.id());
        removeHook();
        if (!problems.isEmpty()) {
            LOG.log(Level.WARNING, "lab " + names.id() + " teardown: " + String.join("; ", problems));
        }
    }

    private void removeHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs (or ran) anyway
            }
        }
        shutdownHook = null;
    }
}
