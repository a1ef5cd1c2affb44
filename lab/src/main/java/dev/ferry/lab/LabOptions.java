package dev.ferry.lab;

import java.nio.file.Path;

/**
 * How to start a lab.
 *
 * @param ferryHome  the Ferry distribution to run (etc/target/ferry), for FERRY routers
 * @param workDir    where the lab keeps configs, run directories, logs and captures
 * @param keep       leave the lab running after the starting program exits (ferry-lab up)
 */
public record LabOptions(Path ferryHome, Path workDir, boolean keep) {
}
