package dev.ferry.lib.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Ferry's version, and facts about the machine that `show version` reports. */
public final class Version {
    /** The FRR release whose commands, output and configuration Ferry follows. */
    public static final String FRR_COMPATIBLE = "8.4.4";

    private Version() {
    }

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-dev";
    }

    public static String kernelRelease() {
        return readProc("/proc/sys/kernel/osrelease", "unknown");
    }

    /** The UTS namespace's hostname: a router in a lab namespace may have its own. */
    public static String systemHostname() {
        return readProc("/proc/sys/kernel/hostname", "localhost");
    }

    private static String readProc(String path, String fallback) {
        try {
            return Files.readString(Path.of(path)).strip();
        } catch (IOException e) {
            return fallback;
        }
    }
}
