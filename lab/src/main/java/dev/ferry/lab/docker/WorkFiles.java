package dev.ferry.lab.docker;

import dev.ferry.lab.ExecResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removing the directories a lab made on the host (the image's root file system, a temporary work dir). */
final class WorkFiles {

    private WorkFiles() {
    }

    /** Deletes a directory tree (symlinks, not what they point to); nothing when it does not exist. */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // fall back to rm, which also copes with files the walk could not list
            ExecResult r = HostCommand.run(List.of("rm", "-rf", "--one-file-system", root.toString()),
                    Duration.ofMinutes(1));
            if (!r.ok()) {
                throw new DockerLabException("cannot remove " + root + ": " + r.stderr().strip(), e);
            }
        }
    }
}
