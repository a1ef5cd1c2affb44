package dev.ferry.lab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Host paths land in the image's merged-/usr layout. */
class DockerImageInputsTest {

    @Test
    void mapsTopLevelDirectoriesIntoUsr() {
        assertEquals("/usr/lib/x86_64-linux-gnu/libc.so.6",
                ImageInputs.rootfsPath(Path.of("/lib/x86_64-linux-gnu/libc.so.6")));
        assertEquals("/usr/lib64/ld-linux-x86-64.so.2", ImageInputs.rootfsPath(Path.of("/lib64/ld-linux-x86-64.so.2")));
        assertEquals("/usr/sbin/ip", ImageInputs.rootfsPath(Path.of("/sbin/ip")));
        assertEquals("/usr/lib/frr/zebra", ImageInputs.rootfsPath(Path.of("/usr/lib/frr/zebra")));
        assertEquals("/usr/lib/libfoo.so", ImageInputs.rootfsPath(Path.of("/usr/lib/../lib/libfoo.so")));
    }
}
