package dev.ferry.lab;

import dev.ferry.lab.topology.Topology;
import java.time.Duration;
import java.util.List;

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

    @Override
    void close();
}
