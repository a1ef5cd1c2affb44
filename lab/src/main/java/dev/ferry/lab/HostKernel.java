package dev.ferry.lab;

import dev.ferry.lab.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What this host's kernel can forward for a lab ({@link Topology#kernel()}): MPLS when the mpls_router module is
 * loaded (/proc/sys/net/mpls), VRFs when the vrf module is loaded or can be (the kernel loads it on the first
 * `ip link add ... type vrf`).
 */
public final class HostKernel {
    private final Path root;

    private HostKernel(Path root) {
        this.root = root;
    }

    /** This machine's kernel. */
    public static HostKernel local() {
        return new HostKernel(Path.of("/"));
    }

    /** A kernel seen through another root directory (tests). */
    static HostKernel at(Path root) {
        return new HostKernel(root);
    }

    /** The features of {@code wanted} this kernel lacks, in their order. */
    public List<String> missing(List<String> wanted) {
        List<String> out = new ArrayList<>();
        for (String f : wanted) {
            if (!has(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean has(String feature) {
        return switch (feature) {
            case Topology.MPLS -> Files.isDirectory(root.resolve("proc/sys/net/mpls"));
            case Topology.VRF -> Files.isDirectory(root.resolve("sys/module/vrf")) || moduleAvailable("vrf");
            default -> false;
        };
    }

    /** Whether modules.dep or modules.builtin of the running kernel names the module. */
    private boolean moduleAvailable(String module) {
        Path dir = root.resolve("lib/modules").resolve(System.getProperty("os.version"));
        String file = "/" + module + ".ko";
        for (String list : List.of("modules.dep", "modules.builtin")) {
            try (var lines = Files.lines(dir.resolve(list))) {
                if (lines.anyMatch(l -> l.startsWith("kernel/") && l.split(":", 2)[0].matches(".*" + file + "(\\.[a-z]+)?"))) {
                    return true;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // no such list: not available
            }
        }
        return false;
    }
}
