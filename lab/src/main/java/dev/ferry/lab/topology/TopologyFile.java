package dev.ferry.lab.topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a lab topology from YAML (containerlab's layout; the format is described in README.md, "Labs").
 * <pre>
 * name: ospf-pair
 * description: two FRR routers, OSPF point-to-point
 * topology:
 *   defaults: {kind: frr}              # ferry (default) or frr
 *   nodes:
 *     R1:
 *       daemons: [ospfd]               # besides zebra and staticd
 *       interfaces:
 *         lo: 10.0.0.1/32              # one prefix, a list, or {addresses: [...], vrf: CUSTA, mpls: true}
 *         eth0: 10.0.12.1/24
 *       config: |                      # the integrated frr.conf; or startup-config: R1/frr.conf
 *         ...
 *   links:
 *     - endpoints: ["R1:eth0", "R2:eth0"]
 * checks:                              # optional: what `ferry-lab up` waits for
 *   - router: R1
 *     command: show ip ospf neighbor json
 *     expect: {neighbors: {10.0.0.2: [{converged: Full}]}}
 *     timeout: 60s
 * </pre>
 * Errors are {@link TopologyException}s naming the file, the line and the reason.
 */
public final class TopologyFile {
    private TopologyFile() {
    }

    /** Reads a topology file; startup-config paths are relative to its directory. */
    public static Topology load(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new TopologyException(source, 0, "no such file");
        } catch (IOException e) {
            throw new TopologyException(source, 0, "cannot read: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return TopologyParser.parse(text, source, rel -> readRelative(dir, rel));
    }

    /** Parses YAML text; startup-config paths are relative to {@code baseDir} (null: none allowed). */
    public static Topology parse(String yaml, String source, Path baseDir) {
        return TopologyParser.parse(yaml, source, rel -> {
            if (baseDir == null) {
                throw new IllegalArgumentException("no directory to read it from (use config: | inline)");
            }
            return readRelative(baseDir, rel);
        });
    }

    /**
     * Reads a topology from the class path ("labs/l3vpn/topology.yaml"); startup-config paths are resources
     * relative to it.
     */
    public static Topology resource(String name) {
        String text = readResource(name);
        if (text == null) {
            throw new TopologyException(name, 0, "no such resource on the class path");
        }
        int slash = name.lastIndexOf('/');
        String dir = slash < 0 ? "" : name.substring(0, slash + 1);
        return TopologyParser.parse(text, name, rel -> {
            String path = java.nio.file.Path.of(dir + rel).normalize().toString(); // "../l3vpn/PE1/frr.conf"
            String r = readResource(path);
            if (r == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return r;
        });
    }

    /**
     * The topology as a YAML document in this same format (JSON syntax, configs inline), for keeping a copy
     * of a running lab: {@code parse(toYaml(t))} gives {@code t} back.
     */
    public static String toYaml(Topology topology) {
        return TopologyWriter.write(topology);
    }

    private static String readRelative(Path dir, String rel) {
        try {
            return Files.readString(dir.resolve(rel));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file " + dir.resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readResource(String name) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = TopologyFile.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                try (InputStream own = TopologyFile.class.getClassLoader().getResourceAsStream(name)) {
                    return own == null ? null : new String(own.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
