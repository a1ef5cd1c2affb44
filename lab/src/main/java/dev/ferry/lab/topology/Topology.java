package dev.ferry.lab.topology;

import java.util.List;
import java.util.Optional;

/**
 * Routers and the links between them: what a lab builds. Parsed from YAML by {@link TopologyFile}.
 *
 * @param name        the lab's name ("l3vpn")
 * @param routers     the routers, in file order
 * @param links       point-to-point links between router interfaces
 * @param description free text shown when the lab comes up (may be empty)
 * @param checks      what the lab should reach once up (OSPF Full, BGP Established ...), as JSON subsets of
 *                    show commands; `ferry-lab up` waits for them (may be empty)
 */
public record Topology(String name, List<RouterSpec> routers, List<LinkSpec> links, String description,
        List<CheckSpec> checks) {

    public Topology {
        routers = List.copyOf(routers);
        links = List.copyOf(links);
        description = description == null ? "" : description;
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Topology(String name, List<RouterSpec> routers, List<LinkSpec> links) {
        this(name, routers, links, "", List.of());
    }

    public Optional<RouterSpec> router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The router of that name, or an exception listing the routers there are. */
    public RouterSpec requireRouter(String name) {
        return router(name).orElseThrow(() -> new IllegalArgumentException("no router \"" + name + "\" in lab "
                + this.name + " (routers: " + String.join(", ", routerNames()) + ")"));
    }

    public List<String> routerNames() {
        return routers.stream().map(RouterSpec::name).toList();
    }

    /** The links with one end on that router. */
    public List<LinkSpec> linksOf(String router) {
        return links.stream().filter(l -> l.a().router().equals(router) || l.b().router().equals(router)).toList();
    }
}
