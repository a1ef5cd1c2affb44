package dev.ferry.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a kernel offers a lab, read from /proc, /sys and the module lists under a root of the test's making. */
class HostKernelTest {
    private static final List<String> BOTH = List.of("mpls", "vrf");

    @Test
    void aBareKernelLacksBoth(@TempDir Path root) {
        assertEquals(BOTH, HostKernel.at(root).missing(BOTH));
    }

    @Test
    void mplsNeedsTheLoadedModuleAndVrfALoadableOne(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("proc/sys/net/mpls"));
        assertEquals(List.of("vrf"), HostKernel.at(root).missing(BOTH));
        Path modules = Files.createDirectories(root.resolve("lib/modules").resolve(System.getProperty("os.version")));
        Files.writeString(modules.resolve("modules.dep"), "kernel/drivers/net/vrf.ko.xz: kernel/net/ipv6/ipv6.ko\n");
        assertEquals(List.of(), HostKernel.at(root).missing(BOTH));
    }

    @Test
    void aLoadedVrfModuleIsEnough(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("sys/module/vrf"));
        assertEquals(List.of("mpls"), HostKernel.at(root).missing(BOTH));
    }
}
