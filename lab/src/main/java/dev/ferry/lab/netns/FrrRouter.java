package dev.ferry.lab.netns;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Pids;
import dev.ferry.lab.proc.Poll;
import dev.ferry.lab.topology.FrrDaemons;
import dev.ferry.lab.topology.RouterSpec;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A router of real FRR (Debian's frr package): each daemon runs in the router's namespace and in a UTS
 * namespace of its own whose hostname is the router's name (FRR 8.4 takes it from uname), as user frr with
 * a run dir that user owns, its own VTY sockets, zserv socket and pid files, then `vtysh -b` loads frr.conf.
 */
final class FrrRouter implements RouterRunner {
    static final Path FRR_BIN = Path.of("/usr/lib/frr");
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.netns");
    private static final Duration DAEMON_START = Duration.ofSeconds(30);
    private static final Duration SOCKET_WAIT = Duration.ofSeconds(20);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final RouterSpec spec;
    private final String ns;
    private final RouterDirs dirs;
    private final Path workDir;

    FrrRouter(RouterSpec spec, String ns, RouterDirs dirs, Path workDir) {
        this.spec = spec;
        this.ns = ns;
        this.dirs = dirs;
        this.workDir = workDir.toAbsolutePath();
    }

    /** Why FRR cannot run here, or empty. */
    static Optional<String> missing() {
        if (!Files.isExecutable(FRR_BIN.resolve("zebra")) || !HostCommand.onPath("vtysh")) {
            return Optional.of("real FRR is not installed (no " + FRR_BIN.resolve("zebra") + " or vtysh: apt-get install frr)");
        }
        try {
            UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            users.lookupPrincipalByName("frr");
            users.lookupPrincipalByGroupName("frr");
        } catch (IOException e) {
            return Optional.of("there is no user or group frr (FRR's daemons run as frr:frr)");
        }
        return Optional.empty();
    }

    @Override
    public Path runDir() {
        return dirs.runDir();
    }

    /** The daemons to start, zebra and staticd first. */
    List<String> daemons() {
        return FrrDaemons.toStart(spec);
    }

    @Override
    public void start() throws Exception {
        dirs.create();
        Files.writeString(dirs.configDir().resolve("frr.conf"), spec.frrConf());
        Files.writeString(dirs.configDir().resolve("vtysh.conf"), "service integrated-vtysh-config\n");
        Files.writeString(dirs.configDir().resolve("daemons"),
                String.join("", spec.daemons().stream().map(d -> d + "=yes\n").toList()));
        giveToFrr(dirs.runDir(), workDir);
        for (String d : daemons()) {
            startDaemon(d);
        }
        ExecResult boot = HostCommand.run(Namespaces.inside(ns, RouterRunner.withHostname(spec.name(), List.of(
                "vtysh", "--vty_socket", dirs.runDir().toString(), "--config_dir", dirs.configDir().toString(), "-b"))),
                Duration.ofSeconds(60));
        Files.writeString(dirs.runDir().resolve("vtysh-boot.log"), boot.output());
        if (!boot.ok()) {
            LOG.log(Level.WARNING, spec.name() + ": vtysh -b reported problems loading frr.conf (exit " + boot.exitCode()
                    + "); see " + dirs.runDir().resolve("vtysh-boot.log") + ":\n" + boot.output().strip());
        }
    }

    private void startDaemon(String d) throws IOException {
        Path rd = dirs.runDir();
        List<String> argv = new ArrayList<>(List.of(FRR_BIN.resolve(d).toString(), "-d", "-u", "frr", "-g", "frr",
                "--vty_socket", rd.toString(), "-i", rd.resolve(d + ".pid").toString(), "-z", rd.resolve("zserv.api").toString(),
                "-A", "127.0.0.1", "--log", "file:" + rd.resolve(d + ".log"), "--log-level", "informational",
                "-f", "/dev/null"));
        if (d.equals("zebra")) {
            argv.addAll(List.of("-s", "90000000"));
        }
        if (d.equals("ldpd")) {
            argv.addAll(List.of("--ctl_socket", rd.toString())); // a directory: ldpd adds ldpd.sock
        }
        ExecResult r = HostCommand.run(Namespaces.inside(ns, RouterRunner.withHostname(spec.name(), argv)), DAEMON_START);
        if (!r.ok()) {
            throw new IllegalStateException(spec.name() + ": FRR " + d + " did not start (exit " + r.exitCode() + "): "
                    + r.output().strip() + logTail(d));
        }
        Path vty = rd.resolve(d + ".vty");
        if (!Poll.until(SOCKET_WAIT, Duration.ofMillis(20), () -> Files.exists(vty))) {
            throw new IllegalStateException(spec.name() + ": FRR " + d + " did not open " + vty + " within "
                    + SOCKET_WAIT.toSeconds() + " s" + logTail(d));
        }
    }

    private String logTail(String d) {
        try {
            List<String> lines = Files.readAllLines(dirs.runDir().resolve(d + ".log"));
            return "\n  last lines of " + d + ".log:\n    "
                    + String.join("\n    ", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void stop() {
        Optional<String> nsId = Namespaces.identity(ns);
        List<Long> pids = new ArrayList<>();
        for (String d : FrrDaemons.ORDER) {
            Pids.read(dirs.runDir().resolve(d + ".pid")).ifPresent(pid -> {
                // a pid file may outlive its process and the pid be reused: only a process in our namespace is ours
                if (Pids.running(pid) && nsId.isPresent() && nsId.equals(Pids.netns(pid))) {
                    pids.add(pid);
                }
            });
        }
        if (!pids.isEmpty()) {
            Pids.stop(pids, STOP_GRACE);
        }
    }

    @Override
    public List<String> vtysh(String command) {
        return List.of("vtysh", "--vty_socket", dirs.runDir().toString(), "--config_dir", dirs.configDir().toString(),
                "-c", command);
    }

    @Override
    public List<String> interactiveVtysh() {
        return RouterRunner.withHostname(spec.name(), List.of("vtysh", "--vty_socket", dirs.runDir().toString(),
                "--config_dir", dirs.configDir().toString()));
    }

    /**
     * FRR's daemons, running as frr, must own the run dir and reach it: the directories inside the work dir
     * are made searchable; a parent outside it that is not is an error (the host's permissions are not ours
     * to change).
     */
    private static void giveToFrr(Path runDir, Path workDir) throws IOException {
        UserPrincipalLookupService users = runDir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal frr = users.lookupPrincipalByName("frr");
        GroupPrincipal frrGroup = users.lookupPrincipalByGroupName("frr");
        PosixFileAttributeView view = Files.getFileAttributeView(runDir, PosixFileAttributeView.class);
        view.setOwner(frr);
        view.setGroup(frrGroup);
        Files.setPosixFilePermissions(runDir, PosixFilePermissions.fromString("rwxrwxr-x"));
        for (Path p = runDir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            var perms = Files.getPosixFilePermissions(p);
            if (perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                continue;
            }
            if (!p.startsWith(workDir)) {
                throw new IOException("FRR's daemons (user frr) cannot reach " + runDir + ": " + p
                        + " is not searchable by others; choose a work dir under /tmp or /run");
            }
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(p, perms);
        }
    }
}
