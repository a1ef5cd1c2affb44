package dev.ferry.lab;

import dev.ferry.lab.topology.Topology;

/**
 * A way to run a topology: network namespaces on the host kernel, one container per router, or a
 * namespace lab inside a full-kernel VM. All give the same {@link RunningLab}, so tests and the
 * `ferry-lab` command do not care which one runs.
 */
public interface LabBackend {

    /** "netns", "docker" or "vm". */
    String name();

    /** Whether this backend can run here (root, docker engine, qemu and kernel ...), and if not, why. */
    Availability availability();

    /** Builds the topology and starts its routers; returns when every router's daemons answer. */
    RunningLab start(Topology topology, LabOptions options) throws Exception;

    record Availability(boolean available, String reason) {
        public static Availability yes() {
            return new Availability(true, "");
        }

        public static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }
}
