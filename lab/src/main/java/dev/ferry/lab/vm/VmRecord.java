package dev.ferry.lab.vm;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running VM lab left on the host, in /run/ferry-lab/vm/ID.properties, so that another process can
 * attach to a kept lab and a later start can clean up after a JVM that died without closing its lab
 * (its guest powers itself off when the control socket closes; the files stay).
 *
 * @param ownerPid     the JVM that started the lab
 * @param qemuPid      qemu's PID, with {@code qemuStarted} (epoch ms) against PID reuse
 * @param runDir       the host-only directory of the control socket
 * @param workDir      the shared work dir; {@code ownsWorkDir}: made by the backend, deleted with the lab
 */
record VmRecord(String id, long ownerPid, long qemuPid, long qemuStarted, Path runDir, Path workDir,
        boolean ownsWorkDir, boolean keep) {
    static final Path DIR = Path.of("/run/ferry-lab/vm");

    static Path file(String id) {
        return DIR.resolve(id + ".properties");
    }

    void write() throws IOException {
        Files.createDirectories(DIR);
        Properties p = new Properties();
        p.setProperty("ownerPid", Long.toString(ownerPid));
        p.setProperty("qemuPid", Long.toString(qemuPid));
        p.setProperty("qemuStarted", Long.toString(qemuStarted));
        p.setProperty("runDir", runDir.toString());
        p.setProperty("workDir", workDir.toString());
        p.setProperty("ownsWorkDir", Boolean.toString(ownsWorkDir));
        p.setProperty("keep", Boolean.toString(keep));
        Path tmp = DIR.resolve(id + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "ferry-lab vm " + id);
        }
        Files.move(tmp, file(id), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<VmRecord> read(String id) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file(id))) {
            p.load(r);
            return Optional.of(new VmRecord(id, Long.parseLong(p.getProperty("ownerPid")),
                    Long.parseLong(p.getProperty("qemuPid")), Long.parseLong(p.getProperty("qemuStarted")),
                    Path.of(p.getProperty("runDir")), Path.of(p.getProperty("workDir")),
                    Boolean.parseBoolean(p.getProperty("ownsWorkDir")), Boolean.parseBoolean(p.getProperty("keep"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void delete(String id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            // nothing more to do
        }
    }

    /** Whether this lab's qemu still runs (same PID, same start time). */
    boolean qemuAlive() {
        return ProcessHandle.of(qemuPid).filter(ProcessHandle::isAlive)
                .flatMap(h -> h.info().startInstant()).map(i -> i.toEpochMilli() == qemuStarted).orElse(false);
    }

    /** Records of labs whose qemu is gone, or that are not kept and whose owner JVM is gone. */
    static List<VmRecord> stale() {
        List<VmRecord> out = new ArrayList<>();
        if (!Files.isDirectory(DIR)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(DIR, "*.properties")) {
            for (Path f : ds) {
                String name = f.getFileName().toString();
                read(name.substring(0, name.length() - ".properties".length()))
                        .filter(r -> !r.qemuAlive()
                                || !r.keep() && ProcessHandle.of(r.ownerPid()).map(h -> !h.isAlive()).orElse(true))
                        .ifPresent(out::add);
            }
        } catch (IOException e) {
            // nothing to sweep
        }
        return out;
    }
}
