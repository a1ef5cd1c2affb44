package dev.ferry.lab.vm;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The knobs of the vm backend, read from system properties, then environment variables, then defaults:
 * <pre>
 *   ferry.lab.vm.qemu         FERRY_LAB_QEMU           qemu-system-x86_64
 *   ferry.lab.vm.kernelCache  FERRY_LAB_KERNEL_CACHE   /var/cache/ferry-lab/kernel (prepare-kernel.sh's)
 *   ferry.lab.vm.cpus         FERRY_LAB_VM_CPUS        2
 *   ferry.lab.vm.memoryMiB    FERRY_LAB_VM_MEMORY      4096 (a Ferry router is a few JVMs)
 *   ferry.lab.vm.accel        FERRY_LAB_VM_ACCEL       automatic: tcg or kvm (see {@link Accelerator})
 *   ferry.lab.vm.bootSeconds  FERRY_LAB_VM_BOOT        180: launch to agent ready (TCG on a busy host is slow)
 *   ferry.lab.vm.jvmOptions   FERRY_LAB_VM_JVM_OPTS    the Ferry daemons' JVM flags in the guest (GuestDaemons)
 * </pre>
 */
record VmSettings(String qemu, Path kernelCache, int cpus, int memoryMiB, Accelerator accelerator, Duration bootTimeout) {

    static VmSettings fromEnvironment() {
        return new VmSettings(
                get("ferry.lab.vm.qemu", "FERRY_LAB_QEMU", "qemu-system-x86_64"),
                Path.of(get("ferry.lab.vm.kernelCache", "FERRY_LAB_KERNEL_CACHE", GuestKernel.DEFAULT_CACHE.toString())),
                Integer.parseInt(get("ferry.lab.vm.cpus", "FERRY_LAB_VM_CPUS", "2")),
                Integer.parseInt(get("ferry.lab.vm.memoryMiB", "FERRY_LAB_VM_MEMORY", "4096")),
                Accelerator.choose(get("ferry.lab.vm.accel", "FERRY_LAB_VM_ACCEL", "")),
                Duration.ofSeconds(Long.parseLong(get("ferry.lab.vm.bootSeconds", "FERRY_LAB_VM_BOOT", "180"))));
    }

    static String get(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
