package dev.ferry.lab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ContainerNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts one router's container through Testcontainers. Not privileged (that fails on this machine kind):
 * NET_ADMIN, NET_RAW and SYS_ADMIN with seccomp off are what routing daemons, tcpdump and the /proc/sys
 * remount need. Forwarding and IPv6 on by sysctl; Docker's init (tini) as PID 1 so detached daemons that
 * exit are reaped. Bind mounts at the same paths as on the host: the JDK and the Ferry distribution
 * read-only, the router's own directory (and for Ferry routers the lab's cache) read-write. Its first
 * link's network is the container's network;
 * {@link #connect} adds the others. A router without links gets no network at all ("none").
 */
final class RouterContainer {

    /** What every lab container runs as its main process: nothing, for ever; work comes by docker exec. */
    private static final List<String> IDLE = List.of("sleep", "2147483647");
    private static final String TC_SESSION_LABEL = "org.testcontainers.sessionId";
    private static final Duration REMOVAL_WAIT = Duration.ofSeconds(30);

    private RouterContainer() {
    }

    /** Creates and starts the container; returns its id. */
    static String start(String image, String name, String hostname, String firstNetwork, LabNames names,
            List<Path> readOnly, List<Path> readWrite, Map<String, String> env) {
        @SuppressWarnings("resource") // removed by the lab's Teardown, by name
        GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(image))
                .withCommand(IDLE.toArray(String[]::new))
                .withLabels(names.labels())
                .withNetworkMode(firstNetwork == null ? "none" : firstNetwork)
                .withEnv(env)
                .withStartupTimeout(Duration.ofSeconds(60))
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withName(name).withHostName(hostname);
                    cmd.getHostConfig()
                            .withCapAdd(Capability.NET_ADMIN, Capability.NET_RAW, Capability.SYS_ADMIN)
                            .withSecurityOpts(List.of("seccomp=unconfined"))
                            .withSysctls(sysctls())
                            .withInit(true);
                    // The lab owns its containers' lifetime (Teardown, StaleLabs). Testcontainers' JVM-exit hook
                    // removes every container with its session label (added after this modifier): it would race
                    // with the lab's own hook, and remove kept labs, which must outlive the JVM.
                    cmd.withLabels(new LabelsWithout(TC_SESSION_LABEL, cmd.getLabels()));
                });
        readOnly.forEach(p -> c.withFileSystemBind(p.toString(), p.toString(), BindMode.READ_ONLY));
        readWrite.forEach(p -> c.withFileSystemBind(p.toString(), p.toString(), BindMode.READ_WRITE));
        c.start();
        return c.getContainerId();
    }

    static void connect(DockerClient docker, String containerId, String networkId) {
        docker.connectToNetworkCmd().withContainerId(containerId).withNetworkId(networkId).exec();
    }

    /**
     * Docker network name -> the MAC address (lower case) of the container's interface on it; without the
     * "none" network of a router that has no links.
     */
    static Map<String, String> macsByNetwork(DockerClient docker, String containerId) {
        Map<String, ContainerNetwork> nets = docker.inspectContainerCmd(containerId).exec().getNetworkSettings()
                .getNetworks();
        Map<String, String> macs = new LinkedHashMap<>();
        nets.forEach((name, n) -> {
            if (!name.equals("none") && n.getMacAddress() != null && !n.getMacAddress().isEmpty()) {
                macs.put(name, n.getMacAddress().toLowerCase(java.util.Locale.ROOT));
            }
        });
        return macs;
    }

    /**
     * Removes the container (killing what runs in it) and returns once it is gone. At JVM exit Testcontainers'
     * own hook may be removing it at the same moment: then this waits for that removal to finish, so the
     * networks it sat on can go next.
     */
    static void remove(DockerClient docker, String name) {
        try {
            docker.removeContainerCmd(name).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            return; // never created, or removed already
        } catch (ConflictException e) {
            // "removal of container ... is already in progress": wait for it below
        }
        long deadline = System.nanoTime() + REMOVAL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                docker.inspectContainerCmd(name).exec();
            } catch (NotFoundException e) {
                return;
            }
            sleep(Duration.ofMillis(100));
        }
        throw new DockerLabException("container " + name + " is still there " + REMOVAL_WAIT.toSeconds()
                + " s after its removal");
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> sysctls() {
        return Map.of("net.ipv4.ip_forward", "1",
                "net.ipv6.conf.all.disable_ipv6", "0",
                "net.ipv6.conf.default.disable_ipv6", "0",
                "net.ipv6.conf.all.forwarding", "1",
                "net.ipv4.conf.all.rp_filter", "0",
                "net.ipv4.conf.default.rp_filter", "0");
    }

    /** A label map that silently drops one label whoever puts it. */
    private static final class LabelsWithout extends HashMap<String, String> {
        private final String dropped;

        LabelsWithout(String dropped, Map<String, String> labels) {
            this.dropped = dropped;
            if (labels != null) {
                putAll(labels);
            }
        }

        @Override
        public String put(String key, String value) {
            return key.equals(dropped) ? null : super.put(key, value);
        }

        @Override
        public void putAll(Map<? extends String, ? extends String> m) {
            m.forEach(this::put);
        }
    }
}
