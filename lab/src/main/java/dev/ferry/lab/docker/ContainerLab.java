package dev.ferry.lab.docker;

import dev.ferry.lab.Capture;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running container lab: one container per router, driven by {@code docker exec}. Closing it stops the
 * captures still running, then removes every container, network, firewall rule and temporary directory
 * the lab made ({@link Teardown}).
 */
public final class ContainerLab implements RunningLab {

    /** A router of the lab: its spec, container name, directory and what runs in it. */
    record Router(RouterSpec spec, String container, RouterDirs dirs, RouterRuntime runtime) {
    }

    private final Topology topology;
    private final LabNames names;
    private final Map<String, Router> routers;
    private final Teardown teardown;
    private final StartTimings timings;
    private final List<String> notes;
    private final List<ContainerCapture> captures = new ArrayList<>();
    private final AtomicInteger captureSeq = new AtomicInteger();

    ContainerLab(Topology topology, LabNames names, Map<String, Router> routers, Teardown teardown,
            StartTimings timings, List<String> notes) {
        this.topology = topology;
        this.names = names;
        this.routers = Map.copyOf(routers);
        this.teardown = teardown;
        this.timings = timings;
        this.notes = List.copyOf(notes);
    }

    @Override
    public Topology topology() {
        return topology;
    }

    /** {@code ferrylab-<random id>}: the start of every container and network name of this lab. */
    @Override
    public String id() {
        return names.prefix();
    }

    @Override
    public String backend() {
        return DockerBackend.NAME;
    }

    /** How long each phase of the start took: "image 0.91 s (built), client ..., total ...". */
    public String startTimings() {
        return timings.toString();
    }

    /** The phases of the start (image, client, networks, containers, interfaces, daemons) and the total. */
    @Override
    public Map<String, Duration> timings() {
        return timings.withTotal();
    }

    /** What the kernel could not do as the topology asks (VRF devices, MPLS), from the routers' set-up. */
    @Override
    public List<String> notes() {
        return notes;
    }

    /** The Docker container that runs a router. */
    public String container(String router) {
        return router(router).container();
    }

    @Override
    public ExecResult exec(String router, List<String> command, Duration timeout) {
        return ContainerExec.run(router(router).container(), command, timeout);
    }

    @Override
    public List<String> vtyshCommand(String router, String command) {
        Router r = router(router);
        return r.runtime().vtysh(r.dirs(), command);
    }

    /**
     * {@code docker exec -it CONTAINER COMMAND...} when this JVM runs on a terminal, {@code -i} only otherwise
     * (docker refuses -t without one: "the input device is not a TTY").
     */
    @Override
    public List<String> hostCommand(String router, List<String> command) {
        java.io.Console console = System.console();
        String flags = console != null && console.isTerminal() ? "-it" : "-i";
        List<String> argv = new ArrayList<>(List.of("docker", "exec", flags, router(router).container()));
        argv.addAll(command);
        return argv;
    }

    @Override
    public List<String> interactiveVtysh(String router) {
        Router r = router(router);
        return hostCommand(router, r.runtime().interactiveVtysh(r.dirs()));
    }

    @Override
    public Capture capture(String router, String iface, String filter) {
        Router r = router(router);
        String file = iface.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + captureSeq.incrementAndGet() + ".pcap";
        ContainerCapture c = ContainerCapture.start(r.container(), iface, filter, r.dirs().pcap().resolve(file));
        synchronized (captures) {
            captures.add(c);
        }
        return c;
    }

    @Override
    public void close() {
        List<String> failures = new ArrayList<>();
        synchronized (captures) {
            for (ContainerCapture c : captures) {
                try {
                    c.stop();
                } catch (RuntimeException e) {
                    failures.add("stop capture: " + e.getMessage());
                }
            }
            captures.clear();
        }
        failures.addAll(teardown.run());
        if (!failures.isEmpty()) {
            throw new IllegalStateException("lab " + id() + " was not entirely removed:\n  "
                    + String.join("\n  ", failures));
        }
    }

    private Router router(String name) {
        Router r = routers.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no router \"" + name + "\" in lab " + id() + " (routers: "
                    + String.join(", ", routers.keySet().stream().sorted().toList()) + ")");
        }
        return r;
    }
}
