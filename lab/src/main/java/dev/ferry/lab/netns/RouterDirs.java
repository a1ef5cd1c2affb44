package dev.ferry.lab.netns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A router's directories in the lab's work dir: {@code <router>/etc} (configs) and {@code <router>/run}. */
record RouterDirs(Path configDir, Path runDir) {

    static RouterDirs of(Path workDir, String router) {
        Path base = workDir.resolve(router);
        return new RouterDirs(base.resolve("etc"), base.resolve("run"));
    }

    void create() throws IOException {
        Files.createDirectories(configDir);
        Files.createDirectories(runDir);
    }
}
