package dev.ferry.lab.topology;

import java.util.List;
import java.util.Optional;

/** Routers and the links between them: what a lab builds. Parsed from YAML by TopologyFile. */
public record Topology(String name, List<RouterSpec> routers, List<LinkSpec> links) {

    public Optional<RouterSpec> router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
