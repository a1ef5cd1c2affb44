package dev.ferry.lab.cli;

import dev.ferry.lab.LabBackends;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.Topology;
import dev.ferry.lab.topology.TopologyFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What `ferry-lab up` leaves for the other commands, in {@code <state dir>/<lab id>/}: lab.properties
 * (backend, lab name, work dir, Ferry home, who started it and when) and topology.yaml (the topology as it
 * was started, configs inline). `down`, `exec`, `vtysh` and `status` find a lab there, from any process.
 */
record LabState(Path dir, String id, String backend, String name, Path workDir, Path ferryHome, long upPid, boolean kept,
        Instant started, String source) {

    static final Path DEFAULT_ROOT = Path.of("/var/run/ferry-lab");
    private static final String PROPERTIES = "lab.properties";
    private static final String TOPOLOGY = "topology.yaml";

    /** Makes the state root (searchable by FRR's user frr, whose run dirs live below it). */
    static Path root(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return root;
    }

    /** A fresh work dir for a lab about to start (its id is not known yet). */
    static Path newWorkDir(Path root) throws IOException {
        return Files.createTempDirectory(root(root), "work-");
    }

    static LabState write(Path root, RunningLab lab, Path workDir, LabOptions options, boolean kept, String source) {
        Path dir = root.resolve(lab.id());
        LabState s = new LabState(dir, lab.id(), lab.backend().isEmpty() ? LabBackends.DEFAULT : lab.backend(),
                lab.topology().name(), workDir, options.ferryHome(), ProcessHandle.current().pid(), kept, Instant.now(), source);
        Properties p = new Properties();
        p.setProperty("id", s.id());
        p.setProperty("backend", s.backend());
        p.setProperty("name", s.name());
        p.setProperty("workDir", workDir.toString());
        if (options.ferryHome() != null) {
            p.setProperty("ferryHome", options.ferryHome().toString());
        }
        p.setProperty("upPid", String.valueOf(s.upPid()));
        p.setProperty("kept", String.valueOf(kept));
        p.setProperty("started", s.started().toString());
        p.setProperty("source", source);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(TOPOLOGY), TopologyFile.toYaml(lab.topology()));
            try (Writer w = Files.newBufferedWriter(dir.resolve(PROPERTIES))) {
                p.store(w, "ferry-lab: a running lab");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lab state in " + dir, e);
        }
        return s;
    }

    static Optional<LabState> read(Path root, String id) {
        Path dir = root.resolve(id);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(PROPERTIES))) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty();
        }
        String home = p.getProperty("ferryHome");
        return Optional.of(new LabState(dir, p.getProperty("id", id), p.getProperty("backend", LabBackends.DEFAULT),
                p.getProperty("name", "?"), Path.of(p.getProperty("workDir", dir.resolve("work").toString())),
                home == null ? null : Path.of(home), Long.parseLong(p.getProperty("upPid", "-1")),
                Boolean.parseBoolean(p.getProperty("kept")), Instant.parse(p.getProperty("started", Instant.EPOCH.toString())),
                p.getProperty("source", "")));
    }

    /** Every lab with a state under the root, oldest first. */
    static List<LabState> all(Path root) {
        List<LabState> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.list(root)) {
            for (Path d : s.filter(d -> Files.exists(d.resolve(PROPERTIES))).toList()) {
                read(root, d.getFileName().toString()).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(LabState::started));
        return out;
    }

    Topology topology() {
        return TopologyFile.load(dir.resolve(TOPOLOGY));
    }

    LabOptions options() {
        return new LabOptions(ferryHome != null ? ferryHome : LabOptions.defaultFerryHome(), workDir, true);
    }

    /** Whether the `ferry-lab up` that started it still runs (it does until it tears down, unless --keep). */
    boolean upRunning() {
        return ProcessHandle.of(upPid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Removes the state and the work dir. */
    void delete() {
        deleteTree(workDir);
        deleteTree(dir);
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }
}
