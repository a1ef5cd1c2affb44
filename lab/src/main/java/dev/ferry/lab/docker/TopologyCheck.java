package dev.ferry.lab.docker;

import dev.ferry.lab.topology.Endpoint;
import dev.ferry.lab.topology.LinkSpec;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the container backend needs of a topology, checked before anything is created; all problems at once. */
final class TopologyCheck {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
    private static final Pattern IFACE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    private TopologyCheck() {
    }

    static void check(Topology t) {
        List<String> problems = new ArrayList<>();
        Set<String> routers = new HashSet<>();
        for (RouterSpec r : t.routers()) {
            if (r.name() == null || !NAME.matcher(r.name()).matches()) {
                problems.add("router name \"" + r.name() + "\" is not a valid host name");
            } else if (!routers.add(r.name())) {
                problems.add("router " + r.name() + " is defined twice");
            }
            if (r.kind() == null) {
                problems.add("router " + r.name() + " has no kind (FERRY or FRR)");
            }
            if (r.addresses() != null) {
                r.addresses().forEach((iface, prefixes) -> prefixes.forEach(p -> {
                    Ipv4Block b = Ipv4Block.parse(p);
                    if (b != null && b.overlaps(SubnetPool.RESERVED)) {
                        problems.add(r.name() + ":" + iface + " " + p + " is in " + SubnetPool.RESERVED
                                + ", which the docker backend keeps for Docker's own link subnets");
                    }
                }));
            }
        }
        Set<String> endpoints = new HashSet<>();
        for (LinkSpec l : t.links()) {
            if (l.a().router().equals(l.b().router())) {
                problems.add("link " + l.name() + " joins a router to itself (one Docker network cannot do that)");
            }
            for (Endpoint e : List.of(l.a(), l.b())) {
                if (!routers.contains(e.router())) {
                    problems.add("link " + l.name() + " names router " + e.router() + ", which is not defined");
                }
                if (!IFACE.matcher(e.iface()).matches()) {
                    problems.add("interface name \"" + e.iface() + "\" of " + e.router()
                            + " is not a Linux interface name (1-15 of A-Z a-z 0-9 _ . -)");
                }
                if (!endpoints.add(e.toString())) {
                    problems.add("interface " + e + " is on two links");
                }
                if (e.iface().equals("lo")) {
                    problems.add("link " + l.name() + " uses lo");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("topology " + t.name() + " cannot run in containers:\n  "
                    + String.join("\n  ", problems));
        }
    }
}
