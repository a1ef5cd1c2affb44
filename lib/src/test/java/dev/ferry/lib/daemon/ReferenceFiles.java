package dev.ferry.lib.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * FRR 8.4 reference inputs and outputs, read from the test classpath: each daemon module keeps its copy of
 * shared/frr-reference in src/test/resources/frr-reference, so its tests depend on nothing outside the build.
 */
public final class ReferenceFiles {
    private ReferenceFiles() {
    }

    /** conf/TOPOLOGY/ROUTER/frr.conf (topology: l3vpn, l3vpn-nsvrf, peers). */
    public static List<String> config(String topology, String router) {
        return read("conf/" + topology + "/" + router + "/frr.conf").lines().toList();
    }

    /** What FRR's vtysh printed for `show running-config` (run: "" for out/ROUTER, "nsvrf" for out/nsvrf/ROUTER). */
    public static String runningConfig(String run, String router) {
        String dir = run.isEmpty() ? "out/" + router : "out/" + run + "/" + router;
        return read(dir + "/show_running-config.txt");
    }

    public static String read(String path) {
        String resource = "/frr-reference/" + path;
        try (InputStream in = ReferenceFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
