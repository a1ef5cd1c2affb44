package dev.ferry.zebra.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The IPv4/IPv6 forwarding switches. They are kernel state, not stored config: FRR reads them from the
 * kernel when writing running-config and prints only "no ip forwarding" / "no ipv6 forwarding" when off.
 * Ferry starts from what the kernel says (or what a test injects); the dataplane applies changes.
 */
public final class Forwarding {
    private boolean ipv4;
    private boolean ipv6;

    public Forwarding(boolean ipv4, boolean ipv6) {
        this.ipv4 = ipv4;
        this.ipv6 = ipv6;
    }

    /** The current kernel settings (/proc/sys/net/...); "on" when they cannot be read. */
    public static Forwarding fromKernel() {
        return new Forwarding(readFlag("/proc/sys/net/ipv4/ip_forward"),
                readFlag("/proc/sys/net/ipv6/conf/all/forwarding"));
    }

    private static boolean readFlag(String file) {
        try {
            return !Files.readString(Path.of(file)).strip().equals("0");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    public boolean ipv4() {
        return ipv4;
    }

    public void ipv4(boolean on) {
        ipv4 = on;
    }

    public boolean ipv6() {
        return ipv6;
    }

    public void ipv6(boolean on) {
        ipv6 = on;
    }
}
