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
 * @param checks      what the lab should reach once up (OSPF Full, BGP Established ..., pings), as JSON subsets
 *                    of show commands or pings; `ferry-lab up` waits for them in order (may be empty)
 * @param kernel      what the lab's forwarding needs of the kernel ({@link #MPLS}, {@link #VRF}): `ferry-lab up`
 *                    picks the vm backend where the host kernel lacks one (may be empty)
 */
public record Topology(String name, List<RouterSpec> routers, List<LinkSpec> links, String description,
        List<LabCheck> checks, List<String> kernel) {
    /** A {@link #kernel} feature: MPLS forwarding (module mpls_router). */
    public static final String MPLS = "mpls";
    /** A {@link #kernel} feature: VRF devices (module vrf). */
    public static final String VRF = "vrf";

    public Topology {
        routers = List.copyOf(routers);
        links = List.copyOf(links);
        description = description == null ? "" : description;
        checks = checks == null ? List.of() : List.copyOf(checks);
        kernel = kernel == null ? List.of() : List.copyOf(kernel);
    }

    public Topology(String name, List<RouterSpec> routers, List<LinkSpec> links, String description,
                    List<LabCheck> checks) {
        this(name, routers, links, description, checks, List.of());
    }

    public Topology(String name, List<RouterSpec> routers, List<LinkSpec> links) {
        this(name, routers, links, "", List.of());
    }

    /**
     * The same lab with {@code names} run by {@code kind} (e.g. some routers as real FRR, to prove interop); "all"
     * names every router. Throws, listing the routers, for a name the lab does not have.
     */
    public Topology withKind(java.util.Collection<String> names, RouterKind kind) {
        java.util.Set<String> chosen = new java.util.HashSet<>();
        for (String n : names) {
            if (n.equals("all")) {
                chosen.addAll(routerNames());
            } else {
                chosen.add(requireRouter(n).name());
            }
        }
        List<RouterSpec> changed = routers.stream().map(r -> chosen.contains(r.name()) ? r.withKind(kind) : r).toList();
        return new Topology(name, changed, links, description, checks, kernel);
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
