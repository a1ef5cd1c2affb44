package dev.ferry.lab.cli;

import dev.ferry.lab.LabBackends;
import dev.ferry.lab.RunningLab;
import java.nio.file.Path;
import picocli.CommandLine;

/** Finds a lab that `ferry-lab up` started, from its id, and takes hold of it through its backend. */
final class Attached {
    private Attached() {
    }

    static LabState state(CommandLine.Model.CommandSpec spec, Path root, String id) {
        return LabState.read(root, id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no lab " + id + " under " + root + " (ferry-lab status lists the running labs)"));
    }

    static RunningLab attach(LabState s) throws Exception {
        return LabBackends.get(s.backend()).attach(s.topology(), s.id(), s.options());
    }
}
