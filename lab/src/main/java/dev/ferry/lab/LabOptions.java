package dev.ferry.lab;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to start a lab.
 *
 * @param ferryHome  the Ferry distribution to run (etc/target/ferry), for FERRY routers; null when the lab
 *                   has none ({@link #defaultFerryHome()} finds one)
 * @param workDir    where the lab keeps configs, run directories, logs and captures; null: the backend
 *                   makes a temporary one and deletes it on close
 * @param keep       leave the lab running after the starting program exits (ferry-lab up --keep): no JVM
 *                   shutdown hook tears it down; close() still does
 */
public record LabOptions(Path ferryHome, Path workDir, boolean keep) {

    /** A throwaway lab: default Ferry home, temporary work dir, torn down at the latest when the JVM exits. */
    public static LabOptions defaults() {
        return new LabOptions(defaultFerryHome(), null, false);
    }

    public LabOptions withWorkDir(Path dir) {
        return new LabOptions(ferryHome, dir, keep);
    }

    public LabOptions withKeep(boolean k) {
        return new LabOptions(ferryHome, workDir, k);
    }

    /**
     * The distribution to run Ferry routers from: the system property ferry.home, else $FERRY_HOME, else
     * the distribution this jar is part of (lib/lab/ferry-lab.jar -> its top directory), else
     * etc/target/ferry under the working directory or its parent; null if none has bin/frrinit.sh.
     */
    public static Path defaultFerryHome() {
        for (String candidate : new String[] {System.getProperty("ferry.home"), System.getenv("FERRY_HOME")}) {
            if (candidate != null && !candidate.isBlank() && isHome(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        try {
            Path jar = Path.of(LabOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (isHome(p)) {
                    return p;
                }
            }
        } catch (Exception e) {
            // not from a file: fall through
        }
        for (String rel : new String[] {"etc/target/ferry", "../etc/target/ferry"}) {
            Path p = Path.of(rel).toAbsolutePath().normalize();
            if (isHome(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isHome(Path p) {
        return Files.isExecutable(p.resolve("bin/frrinit.sh")) && Files.isDirectory(p.resolve("lib"));
    }
}
