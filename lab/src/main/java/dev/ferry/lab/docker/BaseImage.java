package dev.ferry.lab.docker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The image every lab router runs, built on this host without a registry: {@link ImageInputs} written as
 * a root file system by {@link RootfsBuilder}, then {@code tar -C ROOTFS -c . | docker import}. Tagged
 * {@code ferry-lab-base:<first 16 hex digits of the inputs' hash>}, so it is built once per set of inputs
 * and reused while the host's packages stay the same.
 *
 * @param tag    the image reference to run
 * @param built  whether this call built it (false: it was there already)
 * @param inputs what it holds (whether FRR is in it, ...)
 */
record BaseImage(String tag, boolean built, ImageInputs inputs) {

    static final String REPOSITORY = "ferry-lab-base";
    /** The image's PATH: real programs in /usr/sbin and /usr/bin win over busybox's applets, which fill gaps. */
    static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /** Inputs collected by this JVM, per JDK: ldd over every program costs most of a reused image's time. */
    private static final Map<Path, ImageInputs> COLLECTED = new ConcurrentHashMap<>();

    /**
     * Returns the image for this host's inputs, building it first if Docker does not have it. The inputs are
     * collected once per JVM: packages upgraded while it runs are seen by the next JVM.
     */
    static BaseImage ensure(Path jdk) {
        ImageInputs inputs = COLLECTED.computeIfAbsent(jdk, ImageInputs::collect);
        String hash = inputs.hash();
        String tag = REPOSITORY + ":" + hash.substring(0, 16);
        if (HostCommand.run(List.of("docker", "image", "inspect", tag), Duration.ofSeconds(30)).ok()) {
            return new BaseImage(tag, false, inputs);
        }
        Path root = null;
        try {
            root = Files.createTempDirectory("ferry-lab-rootfs");
            RootfsBuilder.write(inputs, root);
            importRootfs(root, tag, hash);
        } catch (IOException e) {
            throw new DockerLabException("cannot write the image's root file system: " + e.getMessage(), e);
        } finally {
            WorkFiles.deleteTree(root);
        }
        removeOlderTags(tag);
        return new BaseImage(tag, true, inputs);
    }

    /** Removes the images built for earlier inputs; one still used by a container stays (docker refuses). */
    private static void removeOlderTags(String current) {
        String tags = HostCommand.run(List.of("docker", "images", REPOSITORY, "--format", "{{.Repository}}:{{.Tag}}"),
                Duration.ofSeconds(30)).stdout();
        for (String tag : tags.split("\n")) {
            if (tag.startsWith(REPOSITORY + ":") && !tag.equals(current)) {
                HostCommand.run(List.of("docker", "image", "rm", tag), Duration.ofSeconds(30));
            }
        }
    }

    private static void importRootfs(Path root, String tag, String hash) throws IOException {
        Path tarErr = Files.createTempFile("ferry-lab-tar", ".err");
        Path importOut = Files.createTempFile("ferry-lab-import", ".out");
        try {
            ProcessBuilder tar = new ProcessBuilder("tar", "-C", root.toString(), "--numeric-owner", "--owner=0",
                    "--group=0", "-c", ".").redirectError(tarErr.toFile()).redirectInput(new File("/dev/null"));
            ProcessBuilder imp = new ProcessBuilder("docker", "import", "--change", "ENV PATH=" + PATH,
                    "--change", "LABEL dev.ferry.lab.inputs=" + hash, "-", tag)
                    .redirectOutput(importOut.toFile()).redirectErrorStream(true);
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(tar, imp));
            for (Process p : pipeline) {
                if (!p.waitFor(Duration.ofMinutes(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    pipeline.forEach(Process::destroyForcibly);
                    throw new DockerLabException("building image " + tag + " took more than 5 minutes");
                }
            }
            if (pipeline.get(0).exitValue() != 0 || pipeline.get(1).exitValue() != 0) {
                throw new DockerLabException("building image " + tag + " failed: tar: "
                        + Files.readString(tarErr).strip()
                        + "; docker import: " + Files.readString(importOut).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerLabException("interrupted while building image " + tag, e);
        } finally {
            Files.deleteIfExists(tarErr);
            Files.deleteIfExists(importOut);
        }
    }
}
