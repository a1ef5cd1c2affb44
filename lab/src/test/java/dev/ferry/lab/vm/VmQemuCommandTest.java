package dev.ferry.lab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmQemuCommandTest {
    private static final VmSettings SETTINGS = new VmSettings("qemu-system-x86_64", Path.of("/cache"), 2, 2048,
            Accelerator.TCG, Duration.ofSeconds(60));
    private static final GuestKernel KERNEL = new GuestKernel("6.1.0-56-amd64", Path.of("/cache/6.1.0-56-amd64"), 15.0);

    private static QemuCommand command(Path work, boolean keep) {
        return new QemuCommand(SETTINGS, KERNEL, "ferry-lab-vm123456", work, work.resolve(".ferry-vm/agent.sh"),
                Path.of("/tmp/ferry-vm123456-1/ctl.sock"), work.resolve("vm-console.log"), keep);
    }

    @Test
    void theGuestHasNoNetworkDevice() {
        List<String> argv = command(Path.of("/tmp/lab"), false).argv();
        assertEquals("none", argv.get(argv.indexOf("-nic") + 1));
        assertTrue(argv.contains("-nodefaults"));
        assertTrue(argv.contains("-no-reboot"));
        assertFalse(argv.stream().anyMatch(a -> a.contains("netdev") || a.contains("virtio-net") || a.startsWith("user")));
    }

    @Test
    void bootsTheElfKernelUnderTcgWithTheHostRootReadOnly() {
        List<String> argv = command(Path.of("/tmp/lab"), false).argv();
        assertEquals("/cache/6.1.0-56-amd64/vmlinux", argv.get(argv.indexOf("-kernel") + 1));
        assertEquals("pc", argv.get(argv.indexOf("-M") + 1));
        assertEquals("tcg,thread=multi,tb-size=256", argv.get(argv.indexOf("-accel") + 1));
        assertTrue(argv.contains("local,id=hostroot,path=/,readonly=on,security_model=passthrough,multidevs=remap"));
        assertTrue(argv.contains("local,id=labwork,path=/tmp/lab,security_model=passthrough,multidevs=remap"));
        assertTrue(argv.contains("virtserialport,chardev=ctl,name=ferry.ctl"));
    }

    @Test
    void kernelCommandLineNamesTheWorkDirAgentAndModules() {
        String cmdline = command(Path.of("/tmp/lab"), false).kernelCommandLine();
        assertTrue(cmdline.contains(" ferry.work=/tmp/lab "), cmdline);
        assertTrue(cmdline.contains(" ferry.agent=/tmp/lab/.ferry-vm/agent.sh "), cmdline);
        assertTrue(cmdline.endsWith(" ferry.modules=/cache/6.1.0-56-amd64/lib/modules"), cmdline);
        assertTrue(command(Path.of("/tmp/lab"), true).kernelCommandLine().endsWith(" ferry.keep=1"));
    }

    @Test
    void commasInPathsAreDoubledForQemu() {
        List<String> argv = command(Path.of("/tmp/a,b"), false).argv();
        assertTrue(argv.contains("local,id=labwork,path=/tmp/a,,b,security_model=passthrough,multidevs=remap"), argv.toString());
    }

    @Test
    void refusesWorkDirsTheKernelCommandLineCannotCarry() {
        assertThrows(IllegalArgumentException.class, () -> command(Path.of("/tmp/a b"), false));
        assertThrows(IllegalArgumentException.class, () -> command(Path.of("relative"), false));
        assertThrows(IllegalArgumentException.class, () -> command(Path.of("/proc/x"), false));
    }
}
