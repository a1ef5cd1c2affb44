package dev.ferry.lab.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A router's directory on the host, bind-mounted read-write into its container at the same path (so paths
 * in logs and error messages mean the same thing inside and out):
 * <pre>
 *   ROOT/conf/     frr.conf, vtysh.conf, daemons (Ferry)
 *   ROOT/run/      VTY sockets, pid files, zserv.api, daemon logs
 *   ROOT/pcap/     captures
 *   ROOT/setup.sh  the interface set-up run before any daemon ({@link SetupScript})
 * </pre>
 */
record RouterDirs(Path root) {

    static RouterDirs create(Path labDir, String router) throws IOException {
        RouterDirs d = new RouterDirs(labDir.resolve(router).toAbsolutePath());
        Files.createDirectories(d.conf());
        Files.createDirectories(d.pcap());
        return d;
    }

    Path conf() {
        return root.resolve("conf");
    }

    Path run() {
        return root.resolve("run");
    }

    Path pcap() {
        return root.resolve("pcap");
    }

    Path setupScript() {
        return root.resolve("setup.sh");
    }
}
