package dev.ferry.lab;

import dev.ferry.lab.topology.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A lab that is up: its routers run and can be driven. Closing it stops every process it started, by
 * PID, and removes every namespace, container, network, VM and file it made, also after a failure.
 */
public interface RunningLab extends AutoCloseable {

    Topology topology();

    /** The backend's unique name for this lab instance (namespace prefix, container prefix, ...). */
    String id();

    /** Runs a command inside the router (its namespace, container or guest namespace). */
    ExecResult exec(String router, List<String> command, Duration timeout);

    /** Runs `vtysh -c COMMAND` on the router (Ferry's vtysh or FRR's, as the router's kind says). */
    default String vtysh(String router, String command) {
        ExecResult r = exec(router, vtyshCommand(router, command), Duration.ofSeconds(30));
        return r.stdout();
    }

    /** The argv that runs vtysh for one command on that router (backend-specific paths). */
    List<String> vtyshCommand(String router, String command);

    /** Starts capturing on a router interface (tcpdump/tshark inside the router). */
    Capture capture(String router, String iface, String filter);

    /** The backend's name ("netns", "docker", "vm"), as {@link LabBackends#get} takes it. */
    default String backend() {
        return "";
    }

    /**
     * The argv that runs {@code command} inside the router from a shell on the host, with the terminal
     * attached: what `ferry-lab exec` and `ferry-lab vtysh` run, and what the lab prints for users.
     * Empty when the backend cannot offer one (e.g. a VM reached only through its own channel).
     */
    default List<String> hostCommand(String router, List<String> command) {
        return List.of();
    }

    /** The argv of an interactive vtysh on the router, without -c (for users; see {@link #hostCommand}). */
    default List<String> interactiveVtysh(String router) {
        return List.of();
    }

    /** What the lab could not set up as the topology asks, and why (e.g. the kernel has no VRF devices). */
    default List<String> notes() {
        return List.of();
    }

    /** How long the steps of bringing the lab up took ("namespaces", "router PE1" ...), in order. */
    default Map<String, Duration> timings() {
        return Map.of();
    }

    @Override
    void close();
}
