package dev.ferry.zebra.iface;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The link speed `show interface` prints, in Mbit/s: what ethtool reports, read from
 * /sys/class/net/NAME/speed (the daemon runs with its namespace's sysfs, as `ip netns exec` mounts it). 0
 * when the driver has none (lo, vrf), 4294967295 when it says "unknown" (-1), as FRR prints them.
 */
final class LinkSpeed {
    private LinkSpeed() {
    }

    static int read(String name) {
        if (name == null || name.contains("/") || name.startsWith(".")) {
            return 0;
        }
        try {
            return (int) Long.parseLong(Files.readString(Path.of("/sys/class/net", name, "speed")).strip());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
