package dev.ferry.lab.docker;

import dev.ferry.lab.ExecResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What goes into the lab base image, taken from this host: the programs, the shared libraries {@code ldd}
 * names for them and for the JDK (which is bind-mounted at run time, not copied), and a few generated files.
 * Its {@link #hash()} covers every input (path, size, mtime; generated contents), so the image is rebuilt
 * exactly when the host's packages change.
 *
 * @param files     rootfs path (absolute, merged-/usr layout) -> the host file to copy there
 * @param generated rootfs path -> text content
 * @param withFrr   whether FRR (/usr/lib/frr, vtysh) is in the image
 */
record ImageInputs(Map<String, Path> files, Map<String, String> generated, boolean withFrr) {

    /** Bumped when the image layout changes in a way the inputs do not show. */
    static final int LAYOUT_VERSION = 1;

    static final Path BUSYBOX = Path.of("/usr/bin/busybox");
    static final Path FRR_DIR = Path.of("/usr/lib/frr");
    /**
     * Besides busybox: dash as /bin/sh, bash and GNU realpath for Ferry's launchers, iproute2, and the real
     * programs for every command that starts another one (timeout, env, nohup, setsid): busybox's applets
     * run their own applets by preference, so `busybox timeout 5 ip ...` would run busybox's `ip`.
     */
    private static final List<String> REQUIRED = List.of("/usr/bin/dash", "/usr/bin/bash", "/usr/bin/realpath",
            "/usr/bin/timeout", "/usr/bin/env", "/usr/bin/nohup", "/usr/bin/setsid", "/usr/sbin/ip",
            "/usr/sbin/bridge", "/usr/bin/ss");
    private static final List<String> OPTIONAL = List.of("/usr/bin/tcpdump");
    /** JDK libraries a headless daemon never loads; leaving them out keeps X11 and ALSA out of the image. */
    private static final Pattern JDK_LIBS_LEFT_OUT =
            Pattern.compile("lib(awt.*|jawt|fontmanager|freetype|javajpeg|lcms|mlib_image|splashscreen|jsound)\\.so");
    private static final Pattern LDD_LINE = Pattern.compile("^\\s*(?:\\S+ => )?(/\\S+) \\(0x[0-9a-f]+\\)$");

    /** Collects the inputs; fails with the missing package's name when a required program is absent. */
    static ImageInputs collect(Path jdk) {
        Map<String, Path> files = new TreeMap<>();
        List<Path> dynamic = new ArrayList<>();
        requireStatic(BUSYBOX);
        files.put(rootfsPath(BUSYBOX), BUSYBOX);
        for (String p : REQUIRED) {
            Path path = Path.of(p);
            if (!Files.isExecutable(path)) {
                throw new DockerLabException(p + " is missing on this host (packages: dash, bash, coreutils, "
                        + "util-linux, iproute2)");
            }
            files.put(rootfsPath(path), path);
            dynamic.add(path);
        }
        OPTIONAL.stream().map(Path::of).filter(Files::isExecutable).forEach(p -> {
            files.put(rootfsPath(p), p);
            dynamic.add(p);
        });
        boolean withFrr = Files.isExecutable(FRR_DIR.resolve("zebra")) && Files.isExecutable(Path.of("/usr/bin/vtysh"));
        if (withFrr) {
            addFrr(files, dynamic);
        }
        addDirectory(files, Path.of("/etc/iproute2"));
        List<Path> jdkLibs = jdkLibraries(jdk);
        for (Path lib : sharedLibraries(dynamic, jdkLibs, jdk)) {
            files.put(rootfsPath(lib), lib);
        }
        return new ImageInputs(files, generatedFiles(withFrr), withFrr);
    }

    /** A hex digest over the layout version, every input file's path, size and mtime, and generated contents. */
    String hash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("layout " + LAYOUT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (var e : files.entrySet()) {
                Path p = e.getValue();
                String line = e.getKey() + " " + p + " " + Files.size(p) + " "
                        + Files.getLastModifiedTime(p).toMillis();
                md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (var e : new TreeMap<>(generated).entrySet()) {
                md.update((e.getKey() + "\n" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where a host path goes in the image: /lib, /lib64, /bin and /sbin are symlinks into /usr there. */
    static String rootfsPath(Path hostPath) {
        String p = hostPath.normalize().toString();
        for (String top : List.of("/lib/", "/lib64/", "/bin/", "/sbin/")) {
            if (p.startsWith(top)) {
                return "/usr" + p;
            }
        }
        return p;
    }

    private static void addFrr(Map<String, Path> files, List<Path> dynamic) {
        try (Stream<Path> s = Files.list(FRR_DIR)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p) && isElf(p)) {
                    files.put(rootfsPath(p), p);
                    dynamic.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path vtysh = Path.of("/usr/bin/vtysh");
        files.put(rootfsPath(vtysh), vtysh);
        dynamic.add(vtysh);
    }

    private static void addDirectory(Map<String, Path> files, Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> files.put(rootfsPath(p), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jdkLibraries(Path jdk) {
        List<Path> libs = new ArrayList<>(List.of(jdk.resolve("bin/java"), jdk.resolve("lib/server/libjvm.so")));
        try (Stream<Path> s = Files.list(jdk.resolve("lib"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".so"))
                    .filter(p -> !JDK_LIBS_LEFT_OUT.matcher(p.getFileName().toString()).matches())
                    .sorted().forEach(libs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return libs;
    }

    /** Every library the dynamic loader would load for these files (one ldd run), outside the JDK. */
    private static TreeSet<Path> sharedLibraries(List<Path> programs, List<Path> jdkLibs, Path jdk) {
        List<String> argv = new ArrayList<>();
        argv.add("ldd");
        programs.forEach(p -> argv.add(p.toString()));
        jdkLibs.forEach(p -> argv.add(p.toString()));
        ExecResult r = HostCommand.run(argv, Duration.ofSeconds(60));
        TreeSet<Path> libs = new TreeSet<>();
        String current = "";
        for (String line : r.stdout().split("\n")) {
            if (!line.startsWith("\t")) {
                current = line;
                continue;
            }
            if (line.contains("not found")) {
                // the JVM loads libjvm.so itself before the JDK's other libraries: ldd cannot know that
                String lib = line.strip().split(" ")[0];
                if (Files.exists(jdk.resolve("lib").resolve(lib))
                        || Files.exists(jdk.resolve("lib/server").resolve(lib))) {
                    continue;
                }
                throw new DockerLabException("ldd: " + current + " " + line.strip());
            }
            Matcher m = LDD_LINE.matcher(line);
            if (m.matches()) {
                Path lib = Path.of(m.group(1)).normalize();
                if (!lib.startsWith(jdk)) {
                    libs.add(lib);
                }
            }
        }
        if (libs.isEmpty()) {
            throw new DockerLabException("ldd found no libraries (exit " + r.exitCode() + "): " + r.stderr().strip());
        }
        return libs;
    }

    private static Map<String, String> generatedFiles(boolean withFrr) {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("/etc/passwd", accounts(Path.of("/etc/passwd"), List.of("root", "frr", "tcpdump", "nobody"), null));
        g.put("/etc/group", accounts(Path.of("/etc/group"), List.of("root", "frr", "frrvty", "tcpdump", "nogroup"),
                "frrvty"));
        g.put("/etc/nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\nhosts: files\n");
        g.put("/etc/hosts", "127.0.0.1 localhost\n::1 localhost\n");
        if (withFrr) {
            // without PAM in the image, FRR's vtysh lets root in only when vtysh.conf says so
            g.put("/etc/frr/vtysh.conf", FrrConfigs.VTYSH_CONF);
        }
        return g;
    }

    /**
     * The host's lines for these accounts (so file owners on bind mounts agree inside and outside), with root
     * added to {@code addRootTo}'s members.
     */
    private static String accounts(Path file, List<String> names, String addRootTo) {
        StringBuilder sb = new StringBuilder();
        try {
            for (String line : Files.readAllLines(file)) {
                String name = line.substring(0, Math.max(0, line.indexOf(':')));
                if (!names.contains(name)) {
                    continue;
                }
                if (name.equals(addRootTo)) {
                    line = line.endsWith(":") ? line + "root" : line + ",root";
                }
                sb.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static void requireStatic(Path busybox) {
        if (!Files.isExecutable(busybox)) {
            throw new DockerLabException(busybox + " is missing on this host (package busybox-static)");
        }
        ExecResult r = HostCommand.run(List.of("ldd", busybox.toString()), Duration.ofSeconds(10));
        if (r.ok() && r.stdout().contains("=>")) {
            throw new DockerLabException(busybox + " is not statically linked (install busybox-static, not busybox)");
        }
    }

    static boolean isElf(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (IOException e) {
            return false;
        }
    }
}
