package dev.ferry.lab.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.docker.LinkNetworks.LinkNetwork;
import dev.ferry.lab.proc.Parallel;
import dev.ferry.lab.topology.Endpoint;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One lab's start, phase by phase (each timed in {@link StartTimings}):
 * <ol>
 *   <li>image: build or reuse {@code ferry-lab-base:<inputs hash>} ({@link BaseImage});</li>
 *   <li>client: wait for Testcontainers' client (set up meanwhile), remove labs left by dead JVMs;</li>
 *   <li>networks: one {@code --internal} network per link ({@link LinkNetworks}), the transit rule
 *       ({@link TransitRule});</li>
 *   <li>containers: start them in parallel ({@link RouterContainer}), connect each to its other links;</li>
 *   <li>interfaces: in each container, delete the default routes, name the interfaces as the topology does,
 *       configure its addresses ({@link SetupScript});</li>
 *   <li>daemons: start FRR or Ferry in each ({@link RouterRuntime}); they answer when this returns.</li>
 * </ol>
 * Every step registers its undo with the {@link Teardown} before it acts.
 */
final class LabStart {

    private static final System.Logger LOG = System.getLogger(LabStart.class.getName());

    private final Topology topology;
    private final LabNames names;
    private final Teardown teardown;
    private final Path jdk;
    private final Path ferryHome;
    private final StartTimings timings = new StartTimings();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final Map<String, ContainerLab.Router> routers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> ifaceByNetwork = new ConcurrentHashMap<>();

    LabStart(Topology topology, LabNames names, Teardown teardown, Path jdk, Path ferryHome) {
        this.topology = topology;
        this.names = names;
        this.teardown = teardown;
        this.jdk = jdk;
        this.ferryHome = ferryHome;
    }

    /** Runs every phase; on failure the caller runs the teardown. */
    ContainerLab run(Path labDir) throws Exception {
        // Testcontainers takes seconds to set up its client: let it do so while the image is checked or built
        CompletableFuture<DockerClient> client = CompletableFuture.supplyAsync(TestcontainersSetup::client,
                Thread::startVirtualThread);
        BaseImage image = timings.time("image", () -> BaseImage.ensure(jdk));
        timings.imageBuilt(image.built());
        if (!image.inputs().withFrr() && topology.routers().stream().anyMatch(r -> r.kind() == RouterKind.FRR)) {
            throw new DockerLabException("FRR routers need FRR on this host (apt-get install frr): the image "
                    + "carries the host's /usr/lib/frr");
        }
        DockerClient docker = timings.time("client", () -> {
            DockerClient d = join(client);
            List<String> swept = StaleLabs.sweep(d);
            if (!swept.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "removed labs left behind by dead JVMs: " + swept);
            }
            return d;
        });
        List<LinkNetwork> networks = timings.time("networks", () -> {
            List<LinkNetwork> n = LinkNetworks.create(docker, topology.links(), names, teardown);
            TransitRule.add(names.ruleComment(), teardown);
            return n;
        });
        timings.time("containers", () -> {
            Parallel.forEach(topology.routers(), spec -> startContainer(docker, image, spec, networks, labDir));
            return null;
        });
        timings.time("interfaces", () -> {
            Parallel.forEach(routers.values(), r -> setUpInterfaces(docker, r));
            return null;
        });
        timings.time("daemons", () -> {
            Parallel.forEach(routers.values(), r -> r.runtime().start(r.container(), r.spec(), r.dirs())
                    .forEach(w -> notes.add(r.spec().name() + ": " + w)));
            return null;
        });
        return new ContainerLab(topology, names, routers, teardown, timings, notes);
    }

    private void startContainer(DockerClient docker, BaseImage image, RouterSpec spec, List<LinkNetwork> networks,
            Path labDir) throws IOException {
        String name = names.container(spec.name());
        teardown.add("remove container " + name, () -> RouterContainer.remove(docker, name));
        RouterDirs dirs = RouterDirs.create(labDir, spec.name());
        List<Path> readOnly = new ArrayList<>(List.of(jdk));
        List<Path> readWrite = new ArrayList<>(List.of(dirs.root()));
        Map<String, String> env = new LinkedHashMap<>(Map.of("FERRY_JAVA_HOME", jdk.toString(), "HOME", "/root"));
        if (spec.kind() == RouterKind.FERRY) {
            readOnly.add(ferryHome);
            // one cache for the lab: Ferry's vtysh writes its AOT cache there on first use, once for all routers
            Path cache = Files.createDirectories(labDir.resolve(".cache"));
            readWrite.add(cache);
            env.put("XDG_CACHE_HOME", cache.toString());
        }
        Map<String, String> nets = endpointsOf(spec.name(), networks);
        ifaceByNetwork.put(spec.name(), nets);
        List<String> networkNames = new ArrayList<>(nets.keySet());
        String id = RouterContainer.start(image.tag(), name, spec.name(),
                networkNames.isEmpty() ? null : networkNames.getFirst(), names, readOnly, readWrite, env);
        for (String network : networkNames.subList(Math.min(1, networkNames.size()), networkNames.size())) {
            RouterContainer.connect(docker, id, network);
        }
        routers.put(spec.name(), new ContainerLab.Router(spec, name, dirs, RouterRuntime.of(spec.kind(), ferryHome)));
    }

    private void setUpInterfaces(DockerClient docker, ContainerLab.Router r) throws IOException {
        Map<String, String> ifaces = ifaceByNetwork.get(r.spec().name());
        Map<String, String> linkMacs = new LinkedHashMap<>();
        RouterContainer.macsByNetwork(docker, r.container()).forEach((network, mac) -> {
            String iface = ifaces.get(network);
            if (iface == null) {
                throw new DockerLabException("container " + r.container() + " is on network " + network
                        + ", which is not one of its links");
            }
            linkMacs.put(mac, iface);
        });
        if (linkMacs.size() != ifaces.size()) {
            throw new DockerLabException("container " + r.container() + " has " + linkMacs.size()
                    + " link interfaces, its links need " + ifaces.size());
        }
        Files.writeString(r.dirs().setupScript(), SetupScript.render(r.spec(), linkMacs));
        ExecResult setup = ContainerExec.check(r.container(), "interface set-up of " + r.spec().name(),
                List.of("sh", r.dirs().setupScript().toString()), Duration.ofSeconds(60));
        // the script's warnings ("setup PE1: no VRF support ...") become the lab's notes
        for (String line : setup.stderr().split("\n")) {
            if (line.startsWith("setup ") && !line.endsWith(": done")) {
                notes.add(line.substring("setup ".length()));
            }
        }
    }

    /** Docker network name -> the router's interface on it, in link order. */
    private static Map<String, String> endpointsOf(String router, List<LinkNetwork> networks) {
        Map<String, String> m = new LinkedHashMap<>();
        for (LinkNetwork n : networks) {
            for (Endpoint e : List.of(n.link().a(), n.link().b())) {
                if (e.router().equals(router)) {
                    m.put(n.name(), e.iface());
                }
            }
        }
        return m;
    }

    private static DockerClient join(CompletableFuture<DockerClient> client) throws Exception {
        try {
            return client.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        }
    }
}
