package dev.ferry.lab.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The labs shipped in the lab jar, under {@code labs/<name>/topology.yaml} (listed in {@code labs/index}),
 * and how a user names a topology: a built-in lab's name or a path to a YAML file.
 */
public final class BuiltinLabs {
    private static final String INDEX = "labs/index";

    private BuiltinLabs() {
    }

    /** The built-in labs' names, in index order. */
    public static List<String> names() {
        String index = TopologyFile.readResource(INDEX);
        if (index == null) {
            return List.of();
        }
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The resource path of a built-in lab's topology. */
    public static String resource(String name) {
        return "labs/" + name + "/topology.yaml";
    }

    /** The built-in lab of that name, if there is one. */
    public static Optional<Topology> load(String name) {
        return names().contains(name) ? Optional.of(TopologyFile.resource(resource(name))) : Optional.empty();
    }

    /**
     * A topology named the way users name it: an existing file path, a built-in lab's name, or a class-path
     * resource ("labs/ospf-pair/topology.yaml").
     */
    public static Topology resolve(String nameOrPath) {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return TopologyFile.load(p);
        }
        Optional<Topology> builtin = load(nameOrPath);
        if (builtin.isPresent()) {
            return builtin.get();
        }
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            if (TopologyFile.readResource(nameOrPath) != null) {
                return TopologyFile.resource(nameOrPath);
            }
            throw new TopologyException(nameOrPath, 0, "no such file");
        }
        throw new TopologyException(nameOrPath, 0, "neither a file nor a built-in lab (built-in: "
                + String.join(", ", names()) + ")");
    }
}
