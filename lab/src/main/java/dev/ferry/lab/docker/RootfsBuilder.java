package dev.ferry.lab.docker;

import dev.ferry.lab.ExecResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * Writes the base image's root file system into a directory: a merged-/usr layout (/bin, /sbin, /lib,
 * /lib64 are symlinks into /usr, as on Debian 12), the input files, busybox's applets for every command no
 * real program provides, dash as /bin/sh (the static busybox shell would prefer its own `ip` applet), and the
 * generated files.
 */
final class RootfsBuilder {

    private RootfsBuilder() {
    }

    static void write(ImageInputs inputs, Path root) throws IOException {
        for (String dir : List.of("usr/bin", "usr/sbin", "usr/lib", "usr/lib64", "etc", "root", "run", "var",
                "proc", "sys", "dev")) {
            Files.createDirectories(root.resolve(dir));
        }
        for (String top : List.of("bin", "sbin", "lib", "lib64")) {
            Files.createSymbolicLink(root.resolve(top), Path.of("usr", top));
        }
        Files.createSymbolicLink(root.resolve("var/run"), Path.of("../run"));
        for (String tmp : List.of("tmp", "var/tmp")) {
            Path t = Files.createDirectories(root.resolve(tmp));
            Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxrwxrwx"));
            // the sticky bit is not a PosixFilePermission
            HostCommand.check(List.of("chmod", "1777", t.toString()), Duration.ofSeconds(10));
        }
        for (var e : inputs.files().entrySet()) {
            Path target = inRoot(root, e.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(e.getValue(), target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
        for (var e : inputs.generated().entrySet()) {
            Path target = inRoot(root, e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue());
        }
        Files.createSymbolicLink(root.resolve("usr/bin/sh"), Path.of("dash"));
        addBusyboxApplets(root);
    }

    private static void addBusyboxApplets(Path root) throws IOException {
        ExecResult r = HostCommand.run(List.of(ImageInputs.BUSYBOX.toString(), "--list"), Duration.ofSeconds(10));
        if (!r.ok()) {
            throw new DockerLabException("busybox --list failed: " + r.stderr().strip());
        }
        for (String applet : r.stdout().split("\n")) {
            if (applet.isBlank() || applet.contains("/")) {
                continue;
            }
            Path bin = root.resolve("usr/bin").resolve(applet);
            Path sbin = root.resolve("usr/sbin").resolve(applet);
            if (!Files.exists(bin, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(sbin)) {
                Files.createSymbolicLink(bin, Path.of("busybox"));
            }
        }
    }

    private static Path inRoot(Path root, String absolute) {
        return root.resolve(absolute.substring(1));
    }
}
