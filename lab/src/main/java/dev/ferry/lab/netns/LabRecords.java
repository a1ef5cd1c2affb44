package dev.ferry.lab.netns;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One small file per namespace lab on this host, {@code /run/ferry-lab/.netns/<id>.lab} (the system property
 * ferry.lab.registry moves it), naming the process that owns the lab, its namespaces and its work dir. A
 * lab whose owner is gone without tearing it down (killed JVM) is stale: {@link #sweepStale} removes it.
 * Labs kept on purpose (ferry-lab up --keep) have no owner and are never swept.
 */
final class LabRecords {
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.netns");

    private LabRecords() {
    }

    record LabRecord(String id, long ownerPid, long ownerStartMs, boolean kept, Path workDir, boolean ownsWorkDir,
            List<String> namespaces) {

        boolean ownerAlive() {
            Optional<ProcessHandle> p = ProcessHandle.of(ownerPid);
            return p.isPresent() && p.get().isAlive()
                    && p.get().info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == ownerStartMs;
        }
    }

    static Path dir() {
        return Path.of(System.getProperty("ferry.lab.registry", "/run/ferry-lab/.netns"));
    }

    static Path file(String id) {
        return dir().resolve(id + ".lab");
    }

    /** Records the lab as owned by this process. */
    static void write(LabRecord r) {
        Properties p = new Properties();
        p.setProperty("id", r.id());
        p.setProperty("owner.pid", String.valueOf(r.ownerPid()));
        p.setProperty("owner.start", String.valueOf(r.ownerStartMs()));
        p.setProperty("kept", String.valueOf(r.kept()));
        p.setProperty("workDir", r.workDir().toString());
        p.setProperty("ownsWorkDir", String.valueOf(r.ownsWorkDir()));
        p.setProperty("namespaces", String.join(",", r.namespaces()));
        try {
            Files.createDirectories(dir());
            Path tmp = dir().resolve(r.id() + ".lab.tmp");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "ferry-lab netns lab");
            }
            Files.move(tmp, file(r.id()), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lab record " + file(r.id()), e);
        }
    }

    static LabRecord forThisProcess(String id, boolean kept, Path workDir, boolean ownsWorkDir, List<String> namespaces) {
        ProcessHandle me = ProcessHandle.current();
        return new LabRecord(id, me.pid(), me.info().startInstant().map(Instant::toEpochMilli).orElse(-1L), kept, workDir,
                ownsWorkDir, List.copyOf(namespaces));
    }

    static Optional<LabRecord> read(String id) {
        return read(file(id));
    }

    private static Optional<LabRecord> read(Path f) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f)) {
            p.load(r);
            String ns = p.getProperty("namespaces", "");
            return Optional.of(new LabRecord(p.getProperty("id"), Long.parseLong(p.getProperty("owner.pid", "-1")),
                    Long.parseLong(p.getProperty("owner.start", "-1")), Boolean.parseBoolean(p.getProperty("kept")),
                    Path.of(p.getProperty("workDir")), Boolean.parseBoolean(p.getProperty("ownsWorkDir")),
                    ns.isEmpty() ? List.of() : List.of(ns.split(","))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void delete(String id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file(id) + ": " + e.getMessage());
        }
    }

    /** Every recorded lab. */
    static List<LabRecord> all() {
        if (!Files.isDirectory(dir())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(f -> f.getFileName().toString().endsWith(".lab")).sorted().map(LabRecords::read)
                    .flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Tears down every lab whose owner process is gone and that was not kept on purpose; returns their ids. */
    static List<String> sweepStale() {
        List<String> swept = new ArrayList<>();
        for (LabRecord r : all()) {
            if (r.kept() || r.ownerAlive() || !NetnsNames.ID.matcher(r.id()).matches()) {
                continue;
            }
            LOG.log(Level.INFO, "removing stale lab " + r.id() + " (its owner, pid " + r.ownerPid() + ", is gone)");
            teardown(r);
            swept.add(r.id());
        }
        return swept;
    }

    /** Ends what runs in the lab's namespaces, deletes them, its work dir if it made it, and the record. */
    static List<String> teardown(LabRecord r) {
        List<String> problems = new ArrayList<>();
        for (String ns : r.namespaces()) {
            if (ns.startsWith(r.id() + "-")) { // only namespaces named after this lab
                problems.addAll(Namespaces.destroy(ns, Duration.ofSeconds(5)));
            }
        }
        if (r.ownsWorkDir()) {
            deleteTree(r.workDir());
        }
        delete(r.id());
        return problems;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + dir + " completely: " + e.getMessage());
        }
    }
}
