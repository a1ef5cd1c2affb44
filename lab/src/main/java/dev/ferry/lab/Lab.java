package dev.ferry.lab;

import dev.ferry.lab.topology.BuiltinLabs;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Path;

/**
 * Starts a lab in a few words:
 * <pre>
 * try (RunningLab lab = Lab.of("ospf-pair").backend("netns").start()) {
 *     LabAssertions.eventually(lab, "R1", "show ip ospf neighbor json", "{...}", Duration.ofSeconds(30));
 * }
 * </pre>
 * The topology is a built-in lab's name, a YAML file or class-path resource, or a {@link Topology}.
 */
public final class Lab {
    private final Topology topology;
    private String backend = LabBackends.DEFAULT;
    private Path ferryHome = LabOptions.defaultFerryHome();
    private Path workDir;
    private boolean keep;

    private Lab(Topology topology) {
        this.topology = topology;
    }

    public static Lab of(Topology topology) {
        return new Lab(topology);
    }

    /** A built-in lab ("l3vpn"), a topology file path or a class-path resource ("labs/x/topology.yaml"). */
    public static Lab of(String nameOrPath) {
        return new Lab(BuiltinLabs.resolve(nameOrPath));
    }

    public Lab backend(String name) {
        this.backend = name;
        return this;
    }

    public Lab ferryHome(Path home) {
        this.ferryHome = home;
        return this;
    }

    public Lab workDir(Path dir) {
        this.workDir = dir;
        return this;
    }

    public Lab keep(boolean k) {
        this.keep = k;
        return this;
    }

    public Topology topology() {
        return topology;
    }

    public LabOptions options() {
        return new LabOptions(ferryHome, workDir, keep);
    }

    /** Whether the backend exists in this build and can run this topology here, and if not, why. */
    public LabBackend.Availability availability() {
        return LabBackends.find(backend).map(b -> b.availability(topology, options()))
                .orElseGet(() -> LabBackend.Availability.no("backend " + backend + " is not part of this build"));
    }

    /** Builds and starts the lab; see {@link LabBackend#start}. */
    public RunningLab start() throws Exception {
        return LabBackends.get(backend).start(topology, options());
    }
}
