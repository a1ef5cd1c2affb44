package dev.ferry.lab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.Endpoint;
import dev.ferry.lab.topology.LinkSpec;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What `ferry-lab up --keep` then `ferry-lab vtysh|down` do with a container lab: a kept lab carries no
 * owner (never swept), and attach finds it again from its id alone (work dir from the containers' mounts).
 */
class DockerKeepAttachTest {

    @Test
    void keptLabIsFoundByIdAndRemovedByTheAttachedClose() throws Exception {
        DockerBackend backend = new DockerBackend();
        LabBackend.Availability a = backend.availability();
        assumeTrue(a.available(), "docker backend unavailable: " + a.reason());
        assumeTrue(Files.isExecutable(Path.of("/usr/lib/frr/zebra")), "FRR is not installed (apt-get install frr)");

        Topology t = new Topology("kept", List.of(router("k1", "10.0.9.1/30"), router("k2", "10.0.9.2/30")),
                List.of(new LinkSpec(new Endpoint("k1", "p0"), new Endpoint("k2", "p0"))));
        RunningLab started = backend.start(t, new LabOptions(null, null, true));
        String id = started.id();
        RunningLab attached = null;
        try {
            String container = started.hostCommand("k1", List.of()).get(3); // docker exec -i[t] CONTAINER
            assertEquals(LabNames.KEPT, DockerOspfLabTest.docker("inspect", "-f",
                    "{{index .Config.Labels \"" + LabNames.LABEL_OWNER + "\"}}", container));
            attached = backend.attach(t, id, new LabOptions(null, null, false));
            assertEquals("docker", attached.backend());
            assertTrue(attached.vtysh("k2", "show interface brief").contains("10.0.9.2/30"),
                    "vtysh through the attached lab");
            assertTrue(attached.exec("k1", List.of("ping", "-c", "1", "-W", "2", "10.0.9.2"), Duration.ofSeconds(10))
                    .ok());
        } finally {
            (attached != null ? attached : started).close();
        }
        assertEquals("", DockerOspfLabTest.docker("ps", "-a", "-q", "--filter", "name=" + id), "containers left");
        assertEquals("", DockerOspfLabTest.docker("network", "ls", "-q", "--filter", "name=" + id), "networks left");
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(
                    StaleLabs.tempDirPrefix(id.substring(LabNames.PREFIX.length())))), "work dir left");
        }
    }

    private static RouterSpec router(String name, String prefix) {
        return new RouterSpec(name, RouterKind.FRR, Map.of("p0", List.of(prefix)), List.of(), "", List.of(), Map.of());
    }
}
