package dev.ferry.lab.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The qemu process of one lab, known by its PID (and start time, against PID reuse): launched here or
 * found again for a kept lab. Stopping it is SIGTERM to that PID (qemu exits at once; the guest has
 * nothing to save), then SIGKILL if it lingers. Its own output goes to a log file, never to an inherited
 * stdout.
 */
final class QemuProcess {
    private final ProcessHandle handle;
    /** The process when this JVM started it (its exit status is known then), else null. */
    private final Process process;
    private final Path consoleLog;
    private final Path qemuLog;

    private QemuProcess(ProcessHandle handle, Process process, Path consoleLog, Path qemuLog) {
        this.handle = handle;
        this.process = process;
        this.consoleLog = consoleLog;
        this.qemuLog = qemuLog;
    }

    /**
     * Starts qemu. A kept lab's qemu gets a session of its own (setsid execs it, same PID), so a signal to the
     * starting program's process group (Ctrl-C, timeout(1)) does not end it.
     */
    static QemuProcess launch(QemuCommand command, Path qemuLog) throws IOException {
        List<String> argv = new ArrayList<>();
        if (command.keep()) {
            argv.add("setsid");
        }
        argv.addAll(command.argv());
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(qemuLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        return new QemuProcess(p.toHandle(), p, command.consoleLog(), qemuLog);
    }

    /** The qemu of a kept lab, if that PID still runs the process that started at {@code started}. */
    static Optional<QemuProcess> find(long pid, long startedMillis, Path consoleLog, Path qemuLog) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == startedMillis)
                .map(h -> new QemuProcess(h, null, consoleLog, qemuLog));
    }

    long pid() {
        return handle.pid();
    }

    long startedMillis() {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    boolean alive() {
        return handle.isAlive();
    }

    void stop() {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        if (!waitExit(5)) {
            handle.destroyForcibly();
            waitExit(5);
        }
    }

    private boolean waitExit(long seconds) {
        try {
            handle.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }

    /** The last lines of the guest console and of qemu's own output, for error messages. */
    String diagnostics() {
        String status = process != null && !process.isAlive() ? "\n  qemu exited with status " + process.exitValue() : "";
        return status + tail("guest console " + consoleLog, consoleLog, 25) + tail("qemu output " + qemuLog, qemuLog, 10);
    }

    private static String tail(String what, Path file, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            if (all.isEmpty()) {
                return "";
            }
            return "\n  last lines of the " + what + ":\n    "
                    + String.join("\n    ", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
