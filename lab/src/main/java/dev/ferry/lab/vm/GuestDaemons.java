package dev.ferry.lab.vm;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.topology.FrrDaemons;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs each router's daemons inside the guest, as the netns backend runs them on the host: Ferry's through
 * its own {@code frrinit.sh}, real FRR's one daemon at a time followed by {@code vtysh -b}. The host writes
 * {@code daemons}, {@code frr.conf} and {@code vtysh.conf} into {@code WORK/ROUTER/etc} (9p, the same path
 * in the guest); the run directory with the VTY sockets, pid files and logs is {@code /run/ferry-lab/ROUTER}
 * on the guest's tmpfs, because a Unix socket on 9p cannot be connected to (ENXIO). Read the logs with
 * {@code ferry-lab exec ID ROUTER cat /run/ferry-lab/ROUTER/zebra.log}.
 *
 * <p>Under TCG every JVM start costs seconds, so Ferry's start timeout is long and routers start in parallel
 * (see {@link VmLab}).
 */
public final class GuestDaemons implements GuestRouters {
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.vm");
    static final String GUEST_RUN = "/run/ferry-lab";
    static final Path FRR_BIN = Path.of("/usr/lib/frr");
    private static final Duration START = Duration.ofMinutes(15);
    private static final int GUEST_START_SECONDS = 840;
    /**
     * Under TCG a daemon's JVM needs minutes to start. Interpreter only: JIT-compiled code is new machine code
     * that TCG must translate again, and the JVM patches it as it runs, so a JIT costs far more than it gives
     * back here (a two-router lab came up in 145 s instead of 275 s; C1 with 10x higher compile thresholds:
     * 265 s); a lab's daemons do little work. And no bytecode verification of the distribution's own, trusted
     * jars, to shorten class loading (the JDK's classes come verified from its CDS archive). No perf data
     * (hsperfdata sampled and mapped for jps/jstat): every bit of idle work is dear in an interpreted, emulated JVM.
     */
    static final String GUEST_JVM_OPTIONS = "-Xint -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote -XX:-UsePerfData";
    /** The AOT caches of the Ferry daemons, in the work dir (GuestAotCaches). */
    static final String AOT_DIR = ".aot";

    /** Where the guest mounts fresh tmpfs over the host's files (initramfs-init.sh): the host's are hidden there. */
    static final List<Path> HIDDEN_IN_GUEST = List.of(Path.of("/tmp"), Path.of("/run"), Path.of("/var/run"),
            Path.of("/dev/shm"));

    private final Path ferryHome;
    private final String javaHome;
    private final String jvmOptions = VmSettings.get("ferry.lab.vm.jvmOptions", "FERRY_LAB_VM_JVM_OPTS",
            GUEST_JVM_OPTIONS);
    private Path guestFerryHome;

    /** Ferry routers run from {@code ferryHome} with the JDK at {@code javaHome} (null: ferry-run picks one). */
    public GuestDaemons(Path ferryHome, String javaHome) {
        this.ferryHome = ferryHome;
        this.javaHome = javaHome;
    }

    /** Ferry from the lab's options, with the JDK running this lab when it is recent enough for the daemons. */
    static GuestDaemons forOptions(LabOptions options) {
        String home = System.getProperty("java.home");
        return new GuestDaemons(options.ferryHome(), Runtime.version().feature() >= 25 ? home : null);
    }

    static String runDir(RouterSpec router) {
        return GUEST_RUN + "/" + Shell.name("router", router.name());
    }

    static Path configDir(Path workDir, RouterSpec router) {
        return workDir.resolve(Shell.name("router", router.name())).resolve("etc");
    }

    @Override
    public Optional<String> start(VmLab lab, RouterSpec router, LabOptions options) throws Exception {
        Path etc = configDir(lab.workDir(), router);
        writeConfigs(etc, router);
        String script = router.kind() == RouterKind.FRR ? frrScript(router, etc)
                : ferryScript(router, etc, guestFerryHome(lab.workDir()), aotDir(lab.workDir()));
        ExecResult r = lab.guestShell(script, START);
        if (!r.ok()) {
            throw new IllegalStateException(router.name() + ": starting its " + (router.kind() == RouterKind.FRR ? "FRR"
                    : "Ferry") + " daemons in the VM failed (exit " + r.exitCode() + "):\n" + r.output().strip());
        }
        return Optional.empty();
    }

    private void writeConfigs(Path etc, RouterSpec router) throws IOException {
        Files.createDirectories(etc);
        StringBuilder daemons = new StringBuilder("# written by ferry-lab for router " + router.name() + "\n");
        for (String d : router.daemons()) {
            daemons.append(d).append("=yes\n");
        }
        if (router.kind() == RouterKind.FERRY) {
            daemons.append("vtysh_enable=yes\nzebra_options=\"  -A 127.0.0.1 -s 90000000\"\n");
            // a daemon's JVM takes a minute or more to open its VTY socket under TCG on a busy host
            daemons.append("watchfrr_options=\"-t ").append(GUEST_START_SECONDS).append("\"\n");
            if (ferryHome == null) {
                throw new IllegalStateException(router.name() + ": no Ferry distribution for the Ferry routers "
                        + "(build it with ./mvnw package, or set -Dferry.home / FERRY_HOME)");
            }
        }
        Files.writeString(etc.resolve("daemons"), daemons);
        Files.writeString(etc.resolve("frr.conf"), router.frrConf());
        Files.writeString(etc.resolve("vtysh.conf"), "service integrated-vtysh-config\n");
    }

    /**
     * The distribution as the guest sees it: where it is, unless that is under a path the guest covers with
     * its own tmpfs (a clone under /tmp, say); then a copy in the shared work dir, made once per lab.
     */
    synchronized Path guestFerryHome(Path workDir) throws IOException {
        if (guestFerryHome == null) {
            Path real = ferryHome.toRealPath();
            guestFerryHome = HIDDEN_IN_GUEST.stream().noneMatch(real::startsWith) ? real
                    : copyTree(real, workDir.resolve(".ferry-home"));
        }
        return guestFerryHome;
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Trains the AOT caches of the lab's Ferry daemons, on the host, while the guest boots. */
    @Override
    public void prepare(Topology topology, Path workDir) throws Exception {
        Set<String> daemons = GuestAotCaches.daemons(topology);
        if (ferryHome == null || daemons.isEmpty()) {
            return;
        }
        Set<String> made = GuestAotCaches.train(daemons, guestFerryHome(workDir), javaHome, jvmOptions,
                workDir.resolve(AOT_DIR));
        LOG.log(System.Logger.Level.INFO, "AOT caches for the guest's Ferry daemons: " + made
                + (made.equals(daemons) ? "" : " (without: the others start as usual)"));
    }

    /** The directory of AOT caches if any was made, else null. */
    private static Path aotDir(Path workDir) throws IOException {
        Path dir = workDir.resolve(AOT_DIR);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".aot")) ? dir : null;
        }
    }

    /** The guest script that starts a Ferry router: frrinit.sh in the router's namespace, hostname set. */
    String ferryScript(RouterSpec router, Path etc, Path home, Path aotDir) {
        String rd = runDir(router);
        StringBuilder s = new StringBuilder("set -u\nmkdir -p ").append(rd).append('\n');
        if (javaHome != null) {
            s.append("export FERRY_JAVA_HOME=").append(Shell.quote(javaHome)).append('\n');
        }
        s.append("export FERRY_START_TIMEOUT=").append(GUEST_START_SECONDS).append('\n');
        s.append("export FERRY_JAVA_OPTS=").append(Shell.quote(jvmOptions)).append('\n');
        if (aotDir != null) {
            s.append("export FERRY_AOT_DIR=").append(Shell.quote(aotDir.toString())).append('\n');
        }
        s.append(inRouter(router, List.of(home.resolve("bin/frrinit.sh").toString(), "start", "--config_dir",
                etc.toString(), "--run_dir", rd))).append('\n');
        return s.toString();
    }

    /**
     * The guest script that starts a real FRR router: each daemon as user frr with its sockets in the run
     * dir, waiting for its VTY socket, then {@code vtysh -b}; a daemon that does not come up fails the script
     * with its log's tail.
     */
    String frrScript(RouterSpec router, Path etc) {
        String rd = runDir(router);
        StringBuilder s = new StringBuilder("""
                set -u
                rd=%s
                mkdir -p "$rd" && chown frr:frr "$rd" && chmod 775 "$rd" || exit 1
                up() { # daemon: wait for its VTY socket
                \tn=0
                \twhile [ ! -S "$rd/$1.vty" ]; do
                \t\tn=$((n + 1))
                \t\tif [ $n -gt %d ]; then
                \t\t\techo "FRR $1 did not open $rd/$1.vty; last lines of its log:"; tail -n 10 "$rd/$1.log"; exit 1
                \t\tfi
                \t\tsleep 0.2
                \tdone
                }
                """.formatted(Shell.quote(rd), GUEST_START_SECONDS * 5));
        for (String d : FrrDaemons.toStart(router)) {
            List<String> argv = new ArrayList<>(List.of(FRR_BIN.resolve(d).toString(), "-d", "-u", "frr", "-g", "frr",
                    "--vty_socket", rd, "-i", rd + "/" + d + ".pid", "-z", rd + "/zserv.api", "-A", "127.0.0.1",
                    "--log", "file:" + rd + "/" + d + ".log", "--log-level", "informational", "-f", "/dev/null"));
            if (d.equals("zebra")) {
                argv.addAll(List.of("-s", "90000000"));
            }
            if (d.equals("ldpd")) {
                argv.addAll(List.of("--ctl_socket", rd)); // a directory: ldpd adds ldpd.sock
            }
            s.append(inRouter(router, argv)).append(" || { echo \"FRR ").append(d)
                    .append(" did not start\"; tail -n 10 \"$rd/").append(d).append(".log\"; exit 1; }\n");
            s.append("up ").append(d).append('\n');
        }
        s.append(inRouter(router, List.of("vtysh", "--vty_socket", rd, "--config_dir", etc.toString(), "-b")))
                .append(" >\"$rd/vtysh-boot.log\" 2>&1 || { echo 'vtysh -b reported problems loading frr.conf:';")
                .append(" cat \"$rd/vtysh-boot.log\"; }\n");
        return s.toString();
    }

    /** A shell line running {@code argv} in the router's namespace, in a UTS namespace named as the router. */
    private static String inRouter(RouterSpec router, List<String> argv) {
        List<String> words = new ArrayList<>(List.of("ip", "netns", "exec", Shell.name("router", router.name()),
                "unshare", "--uts", "--", "/bin/sh", "-c", "hostname \"$0\" && exec \"$@\"", router.name()));
        words.addAll(argv);
        return Shell.join(words);
    }

    @Override
    public List<String> vtysh(VmLab lab, RouterSpec router, String command) {
        List<String> argv = new ArrayList<>(interactiveVtysh(lab, router));
        argv.addAll(List.of("-c", command));
        return argv;
    }

    /** The argv, in the router's namespace, of an interactive vtysh (Ferry's or FRR's, as the router's kind). */
    List<String> interactiveVtysh(VmLab lab, RouterSpec router) {
        String vtysh;
        try {
            vtysh = router.kind() == RouterKind.FRR ? "vtysh"
                    : guestFerryHome(lab.workDir()).resolve("bin/vtysh").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot make the Ferry distribution visible in the guest", e);
        }
        return List.of(vtysh, "--vty_socket", runDir(router), "--config_dir",
                configDir(lab.workDir(), router).toString());
    }
}
