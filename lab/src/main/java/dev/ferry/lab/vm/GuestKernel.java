package dev.ferry.lab.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * A guest kernel that prepare-kernel.sh made: Debian's stock kernel unpacked in a cache directory, with
 * the ELF vmlinux qemu boots through PVH, the initramfs and the modules. Only a directory with the
 * {@code ready} marker counts.
 *
 * @param version     the kernel release ("6.1.0-56-amd64")
 * @param dir         the version's directory, symlinks resolved (a later prepare cannot swap it under a VM)
 * @param preparedIn  how long prepare-kernel.sh took to make it, in seconds (NaN when not recorded)
 */
public record GuestKernel(String version, Path dir, double preparedIn) {
    /** Where prepare-kernel.sh puts kernels unless told otherwise. */
    public static final Path DEFAULT_CACHE = Path.of("/var/cache/ferry-lab/kernel");
    /** The script that prepares one, in this jar and in the source tree. */
    public static final String PREPARE_SCRIPT = "lab/src/main/resources/vm/prepare-kernel.sh";

    public Path vmlinux() {
        return dir.resolve("vmlinux");
    }

    public Path initramfs() {
        return dir.resolve("initramfs.cpio.gz");
    }

    /** The directory holding {@code <version>/modules.dep}: the guest links it as /lib/modules. */
    public Path modules() {
        return dir.resolve("lib/modules");
    }

    /**
     * Whether the initramfs was built from the /init this jar ships (initramfs-init.sh): prepare-kernel.sh
     * records its sha256 in initramfs.key and rebuilds the initramfs when it changes.
     */
    public boolean initramfsCurrent() {
        try (InputStream in = GuestKernel.class.getResourceAsStream("/vm/initramfs-init.sh")) {
            if (in == null) {
                return false;
            }
            String want = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            String key = Files.readString(dir.resolve("initramfs.key")).strip();
            return key.startsWith(want + " ");
        } catch (IOException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    /** The kernel {@code cache/current} names, if it is complete. */
    public static Optional<GuestKernel> find(Path cache) {
        Path current = cache.resolve("current");
        if (!Files.isRegularFile(current.resolve("ready"))) {
            return Optional.empty();
        }
        try {
            Path dir = current.toRealPath();
            Properties p = new Properties();
            double seconds = Double.NaN;
            Path prepared = dir.resolve("prepared");
            if (Files.isRegularFile(prepared)) {
                try (var in = Files.newBufferedReader(prepared)) {
                    p.load(in);
                }
                try {
                    seconds = Double.parseDouble(p.getProperty("seconds", "NaN"));
                } catch (NumberFormatException e) {
                    // keep NaN
                }
            }
            GuestKernel k = new GuestKernel(p.getProperty("version", dir.getFileName().toString()), dir, seconds);
            boolean complete = Files.isRegularFile(k.vmlinux()) && Files.isRegularFile(k.initramfs())
                    && Files.isRegularFile(k.modules().resolve(k.version()).resolve("modules.dep"));
            return complete ? Optional.of(k) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
