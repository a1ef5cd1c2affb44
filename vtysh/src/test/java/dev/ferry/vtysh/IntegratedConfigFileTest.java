package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegratedConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void firstWriteCreatesTheFileWithoutBackup() throws IOException {
        Path conf = dir.resolve("frr.conf");
        new IntegratedConfigFile(conf).write("hostname R1\n!\n");
        assertEquals("hostname R1\n!\n", Files.readString(conf));
        assertFalse(Files.exists(dir.resolve("frr.conf.sav")));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(conf)));
    }

    @Test
    void rewriteKeepsThePreviousFileAsSav() throws IOException {
        Path conf = dir.resolve("frr.conf");
        IntegratedConfigFile file = new IntegratedConfigFile(conf);
        file.write("hostname old\n");
        file.write("hostname new\n");
        assertEquals("hostname new\n", Files.readString(conf));
        assertEquals("hostname old\n", Files.readString(dir.resolve("frr.conf.sav")));
        file.write("hostname newest\n");
        assertEquals("hostname newest\n", Files.readString(conf));
        assertEquals("hostname new\n", Files.readString(dir.resolve("frr.conf.sav")));
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        IntegratedConfigFile file = new IntegratedConfigFile(dir.resolve("frr.conf"));
        file.write("a\n");
        file.write("b\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void missingDirectoryIsAnErrorAndChangesNothing() {
        Path conf = dir.resolve("absent/frr.conf");
        assertThrows(IOException.class, () -> new IntegratedConfigFile(conf).write("x\n"));
        assertFalse(Files.exists(conf));
    }
}
