package dev.ferry.lab;

import dev.ferry.lab.topology.Topology;

/**
 * A way to run a topology: network namespaces on the host kernel, one container per router, or a
 * namespace lab inside a full-kernel VM. All give the same {@link RunningLab}, so tests and the
 * `ferry-lab` command do not care which one runs. {@link LabBackends} finds them by name.
 */
public interface LabBackend {

    /** "netns", "docker" or "vm". */
    String name();

    /** Whether this backend can run here (root, docker engine, qemu and kernel ...), and if not, why. */
    Availability availability();

    /**
     * Whether this backend can run that topology here: {@link #availability()} plus what the topology needs
     * (FRR installed for FRR routers, a Ferry distribution for Ferry routers ...).
     */
    default Availability availability(Topology topology, LabOptions options) {
        return availability();
    }

    /**
     * Builds the topology and starts its routers; returns when every router's daemons answer. On failure
     * everything made so far is torn down before the exception leaves. Unless {@link LabOptions#keep()},
     * the lab is also torn down when the JVM exits.
     */
    RunningLab start(Topology topology, LabOptions options) throws Exception;

    /**
     * Takes hold again of a lab that {@link #start} left running with {@code keep}, possibly from another
     * process (`ferry-lab down|exec|vtysh`), from its id and the same work dir. Closing the result tears
     * the lab down. Backends that cannot do this say so.
     */
    default RunningLab attach(Topology topology, String id, LabOptions options) throws Exception {
        throw new UnsupportedOperationException("the " + name() + " backend cannot reach a lab started by another process");
    }

    record Availability(boolean available, String reason) {
        public static Availability yes() {
            return new Availability(true, "");
        }

        public static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }
}
