package dev.ferry.vtysh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Saves the integrated configuration (frr.conf) so that a crash never leaves a partial file: the new
 * text goes to a temporary file in the same directory, is synced, and replaces frr.conf with one
 * rename; the previous frr.conf stays as frr.conf.sav, as FRR keeps it.
 */
final class IntegratedConfigFile {
    static final String BACKUP_SUFFIX = ".sav";

    private final Path file;

    IntegratedConfigFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** Replaces the file's content with TEXT. */
    void write(String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, file.getFileName().toString() + ".", ".tmp");
        try {
            // FRR's CONFIGFILE_MASK: 0640.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r-----"));
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            if (Files.exists(file)) {
                keepOwner(file, temp);
                backup();
            }
            moveIntoPlace(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /** frr.conf.sav := frr.conf, without ever removing frr.conf itself. */
    private void backup() throws IOException {
        Path backup = file.resolveSibling(file.getFileName().toString() + BACKUP_SUFFIX);
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, file);
        } catch (IOException | UnsupportedOperationException e) {
            // No hard links here: a copy is as good, frr.conf is replaced by rename afterwards anyway.
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The daemons may run as another user (frr): the new file keeps the old one's owner and group. */
    private static void keepOwner(Path from, Path to) {
        try {
            PosixFileAttributes old = Files.readAttributes(from, PosixFileAttributes.class);
            PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            view.setOwner(old.owner());
            view.setGroup(old.group());
        } catch (IOException | UnsupportedOperationException e) {
            // Not allowed to (not root): the file stays ours, as FRR leaves it when chown fails.
        }
    }

    /** Makes the rename itself durable. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the file itself is synced.
        }
    }
}
