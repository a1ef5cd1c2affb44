package dev.ferry.lab.vm;

import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Labs inside a full-kernel VM, for what the host kernel lacks (MPLS, VRF, tunnels): qemu boots Debian's
 * stock kernel (prepared once by prepare-kernel.sh) with the host's root read-only under a tmpfs overlay
 * and no network device at all; a control agent inside builds the topology as network namespaces and runs
 * commands for the host. The package description has the layout and the protocol.
 *
 * <p>Under TCG (the only choice on a PVM host) the agent was ready 8-15 s after launch on a busy 2-core host,
 * and each process start in the guest costs 50-300 ms: keep commands few and batched.
 */
public final class VmBackend implements LabBackend {
    public static final String NAME = "vm";
    static final String CONSOLE_LOG = "vm-console.log";
    static final String QEMU_LOG = "vm-qemu.log";
    /** The guest's files in the work dir: the agent and its exec/ directory. */
    static final String GUEST_DIR = ".ferry-vm";
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.vm");

    /** Null: each lab runs its routers' daemons with {@link GuestDaemons} and the lab's Ferry home. */
    private final GuestRouters routers;

    /** A backend whose labs run Ferry and FRR routers in the guest, as the netns backend does on the host. */
    public VmBackend() {
        this.routers = null;
    }

    /** A backend whose labs start their routers with {@code routers} ({@link GuestRouters#NONE}: network only). */
    public VmBackend(GuestRouters routers) {
        this.routers = routers;
    }

    private GuestRouters routers(LabOptions options) {
        return routers != null ? routers : GuestDaemons.forOptions(options);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Availability availability() {
        VmSettings s = VmSettings.fromEnvironment();
        if (!"amd64".equals(System.getProperty("os.arch")) || !"Linux".equals(System.getProperty("os.name"))) {
            return Availability.no("the vm backend runs on x86-64 Linux only");
        }
        if (!"root".equals(ProcessHandle.current().info().user().orElse(""))) {
            return Availability.no("the vm backend needs root (it shares / with the guest through 9p passthrough "
                    + "and records its labs in " + VmRecord.DIR + ")");
        }
        if (!executable(s.qemu())) {
            return Availability.no(s.qemu() + " is not installed (apt-get install qemu-system-x86)");
        }
        if (!Files.isExecutable(Path.of("/bin/busybox"))) {
            return Availability.no("/bin/busybox is missing (apt-get install busybox-static): the guest loads modules with it");
        }
        Optional<GuestKernel> kernel = GuestKernel.find(s.kernelCache());
        if (kernel.isEmpty()) {
            return Availability.no("no guest kernel prepared in " + s.kernelCache() + ": run (as root) "
                    + GuestKernel.PREPARE_SCRIPT + " once; it needs apt packages qemu-system-x86 busybox-static xz-utils");
        }
        if (!kernel.get().initramfsCurrent()) {
            return Availability.no("the guest initramfs in " + kernel.get().dir() + " was built from another "
                    + "initramfs-init.sh: run " + GuestKernel.PREPARE_SCRIPT + " again (it rebuilds only the initramfs)");
        }
        return Availability.yes();
    }

    @Override
    public RunningLab start(Topology topology, LabOptions options) throws Exception {
        Availability a = availability();
        if (!a.available()) {
            throw new IllegalStateException("cannot run lab " + topology.name() + " in a VM: " + a.reason());
        }
        sweepStale();
        VmSettings settings = VmSettings.fromEnvironment();
        GuestKernel kernel = GuestKernel.find(settings.kernelCache()).orElseThrow();
        String id = "vm" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt(1 << 24)).substring(2);
        boolean ownsWorkDir = options.workDir() == null;
        Path workDir = (ownsWorkDir ? Files.createTempDirectory("ferry-lab-" + id + "-")
                : Files.createDirectories(options.workDir())).toRealPath(); // the guest mounts it there: no symlinks (/var/run)
        Path runDir = Files.createTempDirectory(Path.of("/tmp"), "ferry-" + id + "-");
        Path guestDir = workDir.resolve(GUEST_DIR);
        QemuProcess qemu = null;
        ControlChannel channel = null;
        VmLab lab = null;
        try {
            Files.createDirectories(guestDir.resolve("exec"));
            Path agent = guestDir.resolve("agent.sh");
            copyResource("agent.sh", agent);
            QemuCommand cmd = new QemuCommand(settings, kernel, "ferry-lab-" + id, workDir, agent,
                    runDir.resolve("ctl.sock"), workDir.resolve(CONSOLE_LOG), options.keep());
            LOG.log(System.Logger.Level.INFO, "lab " + topology.name() + ": booting VM " + id + " (kernel "
                    + kernel.version() + ", " + settings.accelerator() + "), work dir " + workDir);
            long t0 = System.nanoTime();
            qemu = QemuProcess.launch(cmd, workDir.resolve(QEMU_LOG));
            VmRecord record = new VmRecord(id, ProcessHandle.current().pid(), qemu.pid(), qemu.startedMillis(), runDir,
                    workDir, ownsWorkDir, options.keep());
            record.write();
            QemuProcess q = qemu;
            channel = ControlChannel.connect(cmd.controlSocket(), guestDir.resolve("exec"), "ferry-lab-" + id, q::alive);
            GuestRouters guestRouters = routers(options);
            lab = new VmLab(topology, record, guestDir, qemu, channel, guestRouters);
            if (!options.keep()) {
                lab.closeOnExit();
            }
            CompletableFuture<Duration> prepared = prepare(guestRouters, topology, workDir);
            channel.awaitReady(settings.bootTimeout(), q::alive);
            lab.timing("vm boot (qemu launch to agent ready, " + settings.accelerator() + ")",
                    Duration.ofNanos(System.nanoTime() - t0));
            lab.timing("host-side preparation during the boot (AOT caches)", prepared.join());
            lab.bringUp(options);
            return lab;
        } catch (Throwable e) {
            String diagnostics = qemu == null ? "" : qemu.diagnostics();
            if (lab != null) {
                lab.close();
            } else {
                abandon(channel, qemu, runDir, guestDir, ownsWorkDir ? workDir : null, id);
            }
            throw new IllegalStateException("VM lab " + id + " (" + topology.name() + ") did not come up: " + e.getMessage()
                    + diagnostics, e);
        }
    }

    @Override
    public RunningLab attach(Topology topology, String id, LabOptions options) throws Exception {
        VmRecord record = VmRecord.read(id).orElseThrow(
                () -> new IllegalStateException("no VM lab " + id + " on this host (no " + VmRecord.file(id) + ")"));
        Path guestDir = record.workDir().resolve(GUEST_DIR);
        QemuProcess qemu = QemuProcess.find(record.qemuPid(), record.qemuStarted(),
                record.workDir().resolve(CONSOLE_LOG), record.workDir().resolve(QEMU_LOG)).orElseThrow(
                        () -> new IllegalStateException("the qemu of VM lab " + id + " (pid " + record.qemuPid() + ") is gone"));
        ControlChannel channel = ControlChannel.connect(record.runDir().resolve("ctl.sock"), guestDir.resolve("exec"),
                "ferry-lab-" + id, qemu::alive);
        return new VmLab(topology, record, guestDir, qemu, channel, routers(options));
    }

    /** The routers' host-side work, on a thread of its own while the guest boots; never fails the lab. */
    private static CompletableFuture<Duration> prepare(GuestRouters routers, Topology topology, Path workDir) {
        return CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            try {
                routers.prepare(topology, workDir);
            } catch (Exception | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "lab " + topology.name() + ": host-side preparation failed, "
                        + "the routers start without it: " + e);
            }
            return Duration.ofNanos(System.nanoTime() - t);
        }, runnable -> Thread.ofPlatform().name("ferry-lab-prepare").daemon().start(runnable));
    }

    /** Undoes a start that failed before there was a lab to close. */
    private static void abandon(ControlChannel channel, QemuProcess qemu, Path runDir, Path guestDir, Path ownedWorkDir,
            String id) {
        if (channel != null) {
            channel.close();
        }
        if (qemu != null) {
            qemu.stop();
        }
        VmLab.deleteTree(runDir);
        VmLab.deleteTree(guestDir);
        VmLab.deleteTree(ownedWorkDir);
        VmRecord.delete(id);
    }

    /** Cleans up after VM labs whose JVM died without closing them (their guests have powered off). */
    static void sweepStale() {
        for (VmRecord r : VmRecord.stale()) {
            LOG.log(System.Logger.Level.INFO, "removing stale VM lab " + r.id() + " (its JVM " + r.ownerPid() + " is gone)");
            QemuProcess.find(r.qemuPid(), r.qemuStarted(), Path.of("/dev/null"), Path.of("/dev/null"))
                    .ifPresent(QemuProcess::stop);
            VmLab.deleteTree(r.runDir());
            VmLab.deleteTree(r.workDir().resolve(GUEST_DIR));
            if (r.ownsWorkDir()) {
                VmLab.deleteTree(r.workDir());
            }
            VmRecord.delete(r.id());
        }
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = VmBackend.class.getResourceAsStream("/vm/" + name)) {
            if (in == null) {
                throw new IOException("resource /vm/" + name + " is missing from the class path");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean executable(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
