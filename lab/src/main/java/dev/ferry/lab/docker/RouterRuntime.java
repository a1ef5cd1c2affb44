package dev.ferry.lab.docker;

import dev.ferry.lab.topology.RouterSpec;
import java.io.IOException;
import java.util.List;

/** What runs in a router's container, by router kind: real FRR ({@link FrrRuntime}) or Ferry ({@link FerryRuntime}). */
sealed interface RouterRuntime permits FrrRuntime, FerryRuntime {

    /**
     * Writes the router's configs under its directory and starts its daemons; returns once they answer, with
     * what the start printed on stderr (config errors, "no MPLS in this kernel" ...): the lab's notes.
     */
    List<String> start(String container, RouterSpec spec, RouterDirs dirs) throws IOException;

    /** The non-blank lines of a start's stderr. */
    static List<String> warnings(dev.ferry.lab.ExecResult r) {
        return r.stderr().lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
    }

    /** The argv, inside the container, that runs one vtysh command against this router's daemons. */
    List<String> vtysh(RouterDirs dirs, String command);

    /** The argv, inside the container, of an interactive vtysh on this router. */
    List<String> interactiveVtysh(RouterDirs dirs);

    /** The runtime for a router kind; ferryHome is needed for Ferry routers only. */
    static RouterRuntime of(dev.ferry.lab.topology.RouterKind kind, java.nio.file.Path ferryHome) {
        return switch (kind) {
            case FRR -> new FrrRuntime();
            case FERRY -> new FerryRuntime(ferryHome);
        };
    }
}
