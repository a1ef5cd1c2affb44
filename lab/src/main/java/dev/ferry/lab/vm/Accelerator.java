package dev.ferry.lab.vm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How qemu runs the guest's CPUs. KVM when /dev/kvm is usable, except under a PVM hypervisor
 * (/sys/module/kvm_pvm): that KVM runs only PVM-built guest kernels, and Debian's stock kernel crawls
 * and dies there ("emulation failure"). Otherwise TCG, multi-threaded, which is slow but works anywhere.
 */
enum Accelerator {
    TCG(List.of("-accel", "tcg,thread=multi,tb-size=256", "-cpu", "max")),
    KVM(List.of("-accel", "kvm", "-cpu", "host"));

    private final List<String> qemuArgs;

    Accelerator(List<String> qemuArgs) {
        this.qemuArgs = qemuArgs;
    }

    List<String> qemuArgs() {
        return qemuArgs;
    }

    /** {@code override} ("tcg", "kvm", or null/blank for automatic) or what this host supports. */
    static Accelerator choose(String override) {
        if (override != null && !override.isBlank()) {
            return valueOf(override.strip().toUpperCase(Locale.ROOT));
        }
        Path kvm = Path.of("/dev/kvm");
        boolean pvm = Files.exists(Path.of("/sys/module/kvm_pvm"));
        return !pvm && Files.isReadable(kvm) && Files.isWritable(kvm) ? KVM : TCG;
    }
}
