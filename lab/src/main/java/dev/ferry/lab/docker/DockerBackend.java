package dev.ferry.lab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Labs with one Docker container per router (Testcontainers), on an image built locally from this host's
 * programs ({@link BaseImage}), one internal Docker network per link ({@link LinkNetworks}). {@link LabStart}
 * runs the phases of a start.
 *
 * <p>Every step registers its undo first ({@link Teardown}): a failed start removes what it made, and so does
 * the JVM's exit for a lab not closed (unless {@link LabOptions#keep()}). Labs left behind by a killed JVM
 * are removed by the next start ({@link StaleLabs}).
 *
 * <p>Needs root (the firewall rule), a Docker engine ({@value #ENSURE_SCRIPT} installs and starts one) and
 * busybox-static; FRR routers need the host's frr package, Ferry routers a Ferry distribution.
 */
public final class DockerBackend implements LabBackend {

    public static final String NAME = "docker";
    static final String ENSURE_SCRIPT = "lab/src/main/resources/docker/ensure-dockerd.sh";
    private static final System.Logger LOG = System.getLogger(DockerBackend.class.getName());
    private static final Pattern ID = Pattern.compile("(" + LabNames.PREFIX + ")?(fl[0-9a-f]{8})");

    public DockerBackend() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Availability availability() {
        ExecResult info = HostCommand.run(List.of("docker", "info", "--format", "{{.ServerVersion}}"),
                Duration.ofSeconds(15));
        if (!info.ok()) {
            return Availability.no("no Docker engine answers (docker info: " + firstLine(info.stderr())
                    + "); as root, run " + ENSURE_SCRIPT);
        }
        if (!isRoot()) {
            return Availability.no("container labs need root (host firewall rule for transit routing)");
        }
        if (!Files.isExecutable(ImageInputs.BUSYBOX)) {
            return Availability.no(ImageInputs.BUSYBOX + " is missing (apt-get install busybox-static)");
        }
        if (!TransitRule.tools().contains("iptables")) {
            return Availability.no("iptables has no DOCKER-USER chain (dockerd without its iptables rules?)");
        }
        return Availability.yes();
    }

    @Override
    public Availability availability(Topology topology, LabOptions options) {
        Availability base = availability();
        if (!base.available()) {
            return base;
        }
        if (hasKind(topology, RouterKind.FRR) && !Files.isExecutable(ImageInputs.FRR_DIR.resolve("zebra"))) {
            return Availability.no("FRR routers need FRR on this host (apt-get install frr): the image carries "
                    + "the host's " + ImageInputs.FRR_DIR);
        }
        if (hasKind(topology, RouterKind.FERRY) && ferryHome(options) == null) {
            return Availability.no("Ferry routers need the Ferry distribution (./mvnw package builds etc/target/ferry; "
                    + "or set ferry.home)");
        }
        return Availability.yes();
    }

    @Override
    public RunningLab start(Topology topology, LabOptions options) throws Exception {
        TopologyCheck.check(topology);
        Availability a = availability(topology, options);
        if (!a.available()) {
            throw new DockerLabException("cannot run lab " + topology.name() + " in containers: " + a.reason());
        }
        Path ferryHome = hasKind(topology, RouterKind.FERRY) ? ferryHome(options).toRealPath() : null;
        Path jdk = Path.of(System.getProperty("java.home")).toRealPath();
        LabNames names = LabNames.fresh(options.keep());
        Teardown teardown = new Teardown(names.id());
        if (!options.keep()) {
            teardown.runOnJvmExit();
        }
        try {
            Path labDir = labDir(options, names, teardown);
            ContainerLab lab = new LabStart(topology, names, teardown, jdk, ferryHome).run(labDir);
            LOG.log(System.Logger.Level.INFO, "lab " + lab.id() + " (" + topology.name() + ") up: " + lab.startTimings()
                    + "; work dir " + labDir);
            return lab;
        } catch (Exception | Error e) {
            for (String failure : teardown.run()) {
                e.addSuppressed(new IllegalStateException("cleanup after the failed start: " + failure));
            }
            throw e;
        }
    }

    /**
     * Takes hold of a lab that {@link #start} left running (keep), from any process: its containers are found
     * by name, the work dir in options or, without one, from the containers' bind mounts. Closing the result
     * removes the lab's containers, networks and firewall rule (and its work dir if the backend made it).
     */
    @Override
    public RunningLab attach(Topology topology, String id, LabOptions options) throws Exception {
        var m = ID.matcher(id);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + id + "\" is not a docker lab id (" + LabNames.PREFIX
                    + "fl and 8 hex digits)");
        }
        LabNames names = new LabNames(m.group(2), LabNames.KEPT);
        DockerClient docker = TestcontainersSetup.client();
        Path labDir = options.workDir() != null ? options.workDir().toAbsolutePath()
                : findLabDir(docker, topology, names);
        Path ferryHome = hasKind(topology, RouterKind.FERRY) ? ferryHome(options) : null;
        Map<String, ContainerLab.Router> routers = new HashMap<>();
        for (RouterSpec spec : topology.routers()) {
            routers.put(spec.name(), new ContainerLab.Router(spec, names.container(spec.name()),
                    new RouterDirs(labDir.resolve(spec.name())), RouterRuntime.of(spec.kind(), ferryHome)));
        }
        Teardown teardown = new Teardown(names.id());
        if (labDir.getFileName().toString().startsWith(StaleLabs.tempDirPrefix(names.id()))) {
            teardown.add("remove work dir " + labDir, () -> WorkFiles.deleteTree(labDir));
        }
        teardown.add("remove lab " + names.prefix(), () -> StaleLabs.destroy(docker, names.id()));
        return new ContainerLab(topology, names, routers, teardown, new StartTimings(), List.of());
    }

    /**
     * Removes everything of one lab (containers, networks, firewall rule), e.g. one started with keep; takes
     * the id {@link ContainerLab#id()} gave ({@code ferrylab-fl...}) or the bare {@code fl...}. The work dir stays.
     */
    public static void destroy(String labId) {
        var m = ID.matcher(labId);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + labId + "\" is not a docker lab id");
        }
        StaleLabs.destroy(TestcontainersSetup.client(), m.group(2));
    }

    /** The parent of a router's read-write bind mount named like the router: the lab's work dir. */
    private static Path findLabDir(DockerClient docker, Topology topology, LabNames names) {
        for (RouterSpec spec : topology.routers()) {
            try {
                InspectContainerResponse c = docker.inspectContainerCmd(names.container(spec.name())).exec();
                for (InspectContainerResponse.Mount mount : c.getMounts()) {
                    Path dest = Path.of(mount.getDestination().getPath());
                    if (Boolean.TRUE.equals(mount.getRW()) && dest.getFileName().toString().equals(spec.name())) {
                        return dest.getParent();
                    }
                }
            } catch (NotFoundException e) {
                LOG.log(System.Logger.Level.WARNING, "lab " + names.prefix() + ": container of " + spec.name()
                        + " is gone");
            }
        }
        throw new IllegalStateException("no container of lab " + names.prefix() + " shows its work dir; pass it");
    }

    private static Path labDir(LabOptions options, LabNames names, Teardown teardown) throws IOException {
        if (options.workDir() != null) {
            return Files.createDirectories(options.workDir()).toRealPath();
        }
        Path dir = Files.createTempDirectory(StaleLabs.tempDirPrefix(names.id())).toRealPath();
        if (!options.keep()) {
            teardown.add("remove work dir " + dir, () -> WorkFiles.deleteTree(dir));
        }
        return dir;
    }

    private static Path ferryHome(LabOptions options) {
        Path home = options.ferryHome() != null ? options.ferryHome() : LabOptions.defaultFerryHome();
        return home != null && Files.isExecutable(home.resolve("bin/frrinit.sh")) ? home.toAbsolutePath() : null;
    }

    private static boolean hasKind(Topology topology, RouterKind kind) {
        return topology.routers().stream().anyMatch(r -> r.kind() == kind);
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
