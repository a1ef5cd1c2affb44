package dev.ferry.lab.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The qemu command line of a lab VM. The guest gets no network device at all ({@code -nic none
 * -nodefaults}): the lab inside is sealed by construction. Its devices:
 * <ul>
 * <li>virtio-9p {@code hostroot}: the host's / read-only; the initramfs puts a tmpfs overlay on it</li>
 * <li>virtio-9p {@code labwork}: the lab's work dir read-write, mounted at the same path in the guest, so
 *     files (scripts, command output, captures, logs) pass both ways under one name</li>
 * <li>virtio-serial port {@code ferry.ctl} on a Unix socket: the control agent's line protocol</li>
 * <li>a serial port for the kernel console, written to a file (qemu writing to an inherited stdout
 *     corrupted it when that was a file)</li>
 * </ul>
 * The kernel is the ELF vmlinux, entered through PVH; {@code -M pc}, as microvm hung about one boot in six.
 */
record QemuCommand(VmSettings settings, GuestKernel kernel, String name, Path workDir, Path agent, Path controlSocket,
        Path consoleLog, boolean keep) {

    QemuCommand {
        for (Path p : List.of(workDir, agent)) {
            if (!p.isAbsolute() || p.toString().chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("the VM's work dir must be an absolute path without blanks: " + p);
            }
        }
        for (String reserved : List.of("/proc", "/sys", "/dev")) {
            if (workDir.startsWith(reserved)) {
                throw new IllegalArgumentException("the VM's work dir cannot be under " + reserved + ": " + workDir);
            }
        }
    }

    List<String> argv() {
        List<String> a = new ArrayList<>(List.of(settings.qemu(), "-name", name, "-M", "pc"));
        a.addAll(settings.accelerator().qemuArgs());
        a.addAll(List.of("-smp", String.valueOf(settings.cpus()), "-m", settings.memoryMiB() + "M",
                "-nodefaults", "-no-user-config", "-no-reboot", "-display", "none", "-nic", "none",
                "-kernel", kernel.vmlinux().toString(), "-initrd", kernel.initramfs().toString(),
                "-append", kernelCommandLine(),
                "-chardev", "file,id=console,path=" + option(consoleLog), "-serial", "chardev:console",
                "-fsdev", "local,id=hostroot,path=/,readonly=on,security_model=passthrough,multidevs=remap",
                "-device", "virtio-9p-pci,fsdev=hostroot,mount_tag=hostroot",
                "-fsdev", "local,id=labwork,path=" + option(workDir) + ",security_model=passthrough,multidevs=remap",
                "-device", "virtio-9p-pci,fsdev=labwork,mount_tag=labwork",
                "-chardev", "socket,id=ctl,path=" + option(controlSocket) + ",server=on,wait=off",
                "-device", "virtio-serial-pci", "-device", "virtserialport,chardev=ctl,name=ferry.ctl"));
        return a;
    }

    /** What the initramfs and the agent read: see initramfs-init.sh and agent.sh. */
    String kernelCommandLine() {
        return "console=ttyS0 quiet panic=-1 ferry.work=" + workDir + " ferry.agent=" + agent + " ferry.modules="
                + kernel.modules() + (keep ? " ferry.keep=1" : "");
    }

    /** qemu's option syntax: a comma inside a value is written twice. */
    private static String option(Path p) {
        return p.toString().replace(",", ",,");
    }
}
