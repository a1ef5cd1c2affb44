package dev.ferry.lab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds and removes labs by their labels ({@link LabNames}): the containers, networks and transit rules of
 * one lab id ({@code ferry-lab down}), or of every lab whose owning JVM is gone (killed before its shutdown
 * hook could run), with its temporary work dir. Labs started with keep have owner "kept" and are never swept.
 */
final class StaleLabs {

    private StaleLabs() {
    }

    /** Removes the labs whose owner no longer runs, with their temporary work dirs; returns the ids removed. */
    static List<String> sweep(DockerClient docker) {
        List<String> ids = removeWhere(docker, (id, owner) -> !Owner.alive(owner));
        ids.forEach(StaleLabs::removeTempDirs);
        return ids;
    }

    /** The name start of a lab's temporary work dir, in java.io.tmpdir. */
    static String tempDirPrefix(String labId) {
        return "ferry-lab-docker-" + labId + "-";
    }

    private static void removeTempDirs(String labId) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> s = Files.list(tmp)) {
            s.filter(p -> p.getFileName().toString().startsWith(tempDirPrefix(labId))).forEach(WorkFiles::deleteTree);
        } catch (IOException e) {
            // a temporary directory left in /tmp is harmless
        }
    }

    /** Removes everything of one lab, whoever owns it. */
    static void destroy(DockerClient docker, String labId) {
        removeWhere(docker, (id, owner) -> id.equals(labId));
    }

    private interface Match {
        boolean test(String id, String owner);
    }

    private static List<String> removeWhere(DockerClient docker, Match match) {
        List<String> removed = new ArrayList<>();
        Predicate<java.util.Map<String, String>> hit = labels -> labels != null
                && labels.containsKey(LabNames.LABEL_ID)
                && match.test(labels.get(LabNames.LABEL_ID), labels.getOrDefault(LabNames.LABEL_OWNER, LabNames.KEPT));
        List<Container> containers = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(LabNames.LABEL_ID)).exec();
        for (Container c : containers) {
            if (hit.test(c.getLabels())) {
                removed.add(c.getLabels().get(LabNames.LABEL_ID));
                try {
                    docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
                } catch (NotFoundException e) {
                    // gone meanwhile
                }
            }
        }
        for (Network n : docker.listNetworksCmd().withFilter("label", List.of(LabNames.LABEL_ID)).exec()) {
            if (hit.test(n.getLabels())) {
                removed.add(n.getLabels().get(LabNames.LABEL_ID));
                LinkNetworks.remove(docker, n.getId());
            }
        }
        for (String tool : TransitRule.tools()) {
            for (String comment : TransitRule.labComments(tool)) {
                // "ferry-lab:<id> owner=<owner>"
                String[] parts = comment.substring("ferry-lab:".length()).split(" owner=", 2);
                String owner = parts.length == 2 ? parts[1] : LabNames.KEPT;
                if (match.test(parts[0], owner)) {
                    removed.add(parts[0]);
                    TransitRule.remove(tool, comment);
                }
            }
        }
        return removed.stream().distinct().toList();
    }
}
