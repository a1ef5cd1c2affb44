package dev.ferry.lab.topology;

import dev.ferry.lab.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the YAML tree of a topology file into a {@link Topology}, checking everything it can. */
final class TopologyParser {
    static final Set<String> FRR_DAEMONS = Set.of("zebra", "staticd", "ospfd", "ospf6d", "ldpd", "bgpd", "isisd",
            "ripd", "ripngd", "bfdd", "pimd", "pbrd", "vrrpd", "eigrpd", "babeld", "fabricd", "pathd", "nhrpd");
    static final Set<String> FERRY_DAEMONS = Set.of("zebra", "staticd", "ospfd", "ospf6d", "ldpd", "bgpd");
    static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(120);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern ROUTER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,23}");
    private static final Pattern IFACE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,14}");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");
    private static final Set<String> TOP = keys("name", "description", "kernel", "topology", "checks");
    private static final Set<String> TOPOLOGY = keys("defaults", "nodes", "links");
    private static final Set<String> DEFAULTS = keys("kind", "daemons");
    private static final Set<String> NODE = keys("kind", "daemons", "interfaces", "vrfs", "config", "startup-config");
    private static final Set<String> IFACE_KEYS = keys("addresses", "vrf", "mpls");
    private static final Set<String> LINK = keys("endpoints");
    private static final Set<String> CHECK = keys("what", "router", "command", "expect", "ping", "source", "timeout", "kernel");
    private static final Set<String> KERNEL_FEATURES = Set.of(Topology.MPLS, Topology.VRF);

    private final Function<String, String> readFile;

    /** {@code readFile} reads a startup-config path relative to the topology file, or throws. */
    private TopologyParser(Function<String, String> readFile) {
        this.readFile = readFile;
    }

    static Topology parse(String text, String source, Function<String, String> readFile) {
        return new TopologyParser(readFile).topology(YamlNode.compose(text, source));
    }

    private Topology topology(YamlNode root) {
        Map<String, YamlNode.Entry> top = root.map("the topology file", TOP);
        String name = required(root, top, "name", "the file").text("name");
        if (!NAME.matcher(name).matches()) {
            throw top.get("name").value().error("lab name \"" + name + "\" may hold only letters, digits, '_', '.', '-'");
        }
        String description = top.containsKey("description") ? top.get("description").value().text("description") : "";
        YamlNode topo = required(root, top, "topology", "the file");
        Map<String, YamlNode.Entry> t = topo.map("topology", TOPOLOGY);
        Defaults defaults = t.containsKey("defaults") ? defaults(t.get("defaults").value()) : new Defaults(RouterKind.FERRY, List.of());
        YamlNode nodesNode = required(topo, t, "nodes", "topology");
        List<LinkSpec> links = new ArrayList<>();
        Map<String, Map<String, Integer>> linkedIfaces = new LinkedHashMap<>();
        Map<String, YamlNode.Entry> nodes = nodesNode.map("topology.nodes", null);
        if (nodes.isEmpty()) {
            throw nodesNode.error("topology.nodes lists no router");
        }
        nodes.keySet().forEach(n -> linkedIfaces.put(n, new LinkedHashMap<>()));
        if (t.containsKey("links")) {
            for (YamlNode l : t.get("links").value().list("topology.links")) {
                links.add(link(l, linkedIfaces));
            }
        }
        List<RouterSpec> routers = new ArrayList<>();
        for (Map.Entry<String, YamlNode.Entry> e : nodes.entrySet()) {
            routers.add(router(e.getKey(), e.getValue(), defaults, linkedIfaces.get(e.getKey()).keySet()));
        }
        List<LabCheck> checks = new ArrayList<>();
        if (top.containsKey("checks")) {
            for (YamlNode c : top.get("checks").value().list("checks")) {
                checks.add(check(c, nodes.keySet()));
            }
        }
        return new Topology(name, routers, links, description, checks,
                top.containsKey("kernel") ? kernel(top.get("kernel").value()) : List.of());
    }

    /** {@code kernel: [mpls, vrf]}: what the lab's forwarding needs from the kernel. */
    private static List<String> kernel(YamlNode node) {
        List<String> out = new ArrayList<>();
        for (YamlNode f : node.list("kernel")) {
            String feature = f.text("kernel");
            if (!KERNEL_FEATURES.contains(feature)) {
                throw f.error("unknown kernel feature \"" + feature + "\" (known: mpls, vrf)");
            }
            out.add(feature);
        }
        return out;
    }

    private record Defaults(RouterKind kind, List<String> daemons) {
    }

    private Defaults defaults(YamlNode node) {
        Map<String, YamlNode.Entry> m = node.map("topology.defaults", DEFAULTS);
        RouterKind kind = m.containsKey("kind") ? kind(m.get("kind").value()) : RouterKind.FERRY;
        List<String> daemons = m.containsKey("daemons") ? m.get("daemons").value().texts("defaults.daemons") : List.of();
        return new Defaults(kind, daemons);
    }

    private static RouterKind kind(YamlNode node) {
        String k = node.text("kind");
        return switch (k.toLowerCase(Locale.ROOT)) {
            case "ferry" -> RouterKind.FERRY;
            case "frr" -> RouterKind.FRR;
            default -> throw node.error("unknown kind \"" + k + "\" (known: ferry, frr)");
        };
    }

    private LinkSpec link(YamlNode node, Map<String, Map<String, Integer>> linkedIfaces) {
        Map<String, YamlNode.Entry> m = node.map("a link", LINK);
        YamlNode eps = required(node, m, "endpoints", "a link");
        List<YamlNode> list = eps.list("endpoints");
        if (list.size() != 2) {
            throw eps.error("a link has exactly two endpoints (ROUTER:INTERFACE), this one has " + list.size());
        }
        Endpoint[] ends = new Endpoint[2];
        for (int i = 0; i < 2; i++) {
            YamlNode n = list.get(i);
            Endpoint ep;
            try {
                ep = Endpoint.parse(n.text("a link endpoint"));
            } catch (IllegalArgumentException e) {
                throw n.error(e.getMessage());
            }
            Map<String, Integer> used = linkedIfaces.get(ep.router());
            if (used == null) {
                throw n.error("link endpoint \"" + ep + "\": no router " + ep.router() + " in topology.nodes (routers: "
                        + String.join(", ", linkedIfaces.keySet()) + ")");
            }
            checkIface(n, ep.iface());
            if (ep.iface().equals("lo")) {
                throw n.error("link endpoint \"" + ep + "\": lo is the loopback, it cannot be in a link");
            }
            Integer first = used.putIfAbsent(ep.iface(), n.line());
            if (first != null) {
                throw n.error("duplicate interface: " + ep + " is already in the link at line " + first);
            }
            ends[i] = ep;
        }
        return new LinkSpec(ends[0], ends[1]);
    }

    private RouterSpec router(String name, YamlNode.Entry entry, Defaults defaults, Set<String> linked) {
        if (!ROUTER.matcher(name).matches()) {
            throw entry.key().error("router name \"" + name + "\" must start with a letter and hold at most 24 letters, "
                    + "digits, '_' or '-'");
        }
        YamlNode node = entry.value();
        String what = "router " + name;
        Map<String, YamlNode.Entry> m = node.isNull() ? Map.of() : node.map(what, NODE);
        RouterKind kind = m.containsKey("kind") ? kind(m.get("kind").value()) : defaults.kind();
        List<String> daemons = new ArrayList<>();
        YamlNode daemonsNode = m.containsKey("daemons") ? m.get("daemons").value() : node;
        for (String d : m.containsKey("daemons") ? daemonsNode.texts(what + " daemons") : defaults.daemons()) {
            Set<String> known = kind == RouterKind.FERRY ? FERRY_DAEMONS : FRR_DAEMONS;
            if (!known.contains(d)) {
                throw daemonsNode.error("unknown daemon \"" + d + "\" for " + kind.name().toLowerCase(Locale.ROOT)
                        + " router " + name + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
            if (!d.equals("zebra") && !d.equals("staticd") && !daemons.contains(d)) {
                daemons.add(d);
            }
        }
        Map<String, Integer> vrfTables = m.containsKey("vrfs") ? vrfs(m.get("vrfs").value(), what) : Map.of();
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        List<String> mpls = new ArrayList<>();
        Map<String, List<String>> vrfMembers = new LinkedHashMap<>();
        vrfTables.keySet().forEach(v -> vrfMembers.put(v, new ArrayList<>()));
        if (m.containsKey("interfaces")) {
            Set<String> seen = new LinkedHashSet<>();
            for (Map.Entry<String, YamlNode.Entry> e : m.get("interfaces").value().map(what + " interfaces", null).entrySet()) {
                String iface = e.getKey();
                YamlNode key = e.getValue().key();
                checkIface(key, iface);
                if (!iface.equals("lo") && !linked.contains(iface)) {
                    throw key.error("interface " + iface + " of " + name + " is in no link (only lo and interfaces named in "
                            + "topology.links exist" + (linked.isEmpty() ? ")" : ": " + String.join(", ", linked) + ")"));
                }
                iface(name, iface, e.getValue().value(), addresses, mpls, vrfMembers, seen);
            }
        }
        Map<String, RouterSpec.VrfSpec> vrfs = new LinkedHashMap<>();
        vrfTables.forEach((v, table) -> vrfs.put(v, new RouterSpec.VrfSpec(table, List.copyOf(vrfMembers.get(v)))));
        if (m.containsKey("config") && m.containsKey("startup-config")) {
            throw m.get("startup-config").key().error(what + " has both config and startup-config: keep one");
        }
        String conf = "";
        if (m.containsKey("config")) {
            YamlNode c = m.get("config").value();
            conf = c.isNull() ? "" : c.text(what + " config");
        } else if (m.containsKey("startup-config")) {
            YamlNode c = m.get("startup-config").value();
            String file = c.text(what + " startup-config");
            try {
                conf = readFile.apply(file);
            } catch (RuntimeException e) {
                throw c.error("cannot read startup-config " + file + ": " + e.getMessage());
            }
        }
        return new RouterSpec(name, kind, addresses, List.copyOf(daemons), conf, List.copyOf(mpls), vrfs);
    }

    private static void iface(String router, String iface, YamlNode v, Map<String, List<String>> addresses, List<String> mpls,
            Map<String, List<String>> vrfMembers, Set<String> seen) {
        List<String> prefixes;
        if (v.isMap()) {
            Map<String, YamlNode.Entry> im = v.map("interface " + iface + " of " + router, IFACE_KEYS);
            prefixes = im.containsKey("addresses") ? im.get("addresses").value().texts(iface + " addresses") : List.of();
            if (im.containsKey("vrf")) {
                YamlNode vn = im.get("vrf").value();
                String vrf = vn.text("vrf of " + iface);
                List<String> members = vrfMembers.get(vrf);
                if (members == null) {
                    throw vn.error("interface " + iface + " of " + router + " is in VRF " + vrf
                            + ", which the router's vrfs do not declare");
                }
                members.add(iface);
            }
            if (im.containsKey("mpls")) {
                YamlNode mn = im.get("mpls").value();
                String b = mn.text("mpls of " + iface);
                if (!b.equals("true") && !b.equals("false")) {
                    throw mn.error("mpls is true or false, not \"" + b + "\"");
                }
                if (b.equals("true")) {
                    mpls.add(iface);
                }
            }
        } else {
            prefixes = v.isNull() ? List.of() : v.texts("addresses of " + iface);
        }
        for (String p : prefixes) {
            Prefixes.problem(p).ifPresent(why -> {
                throw v.error("bad prefix on " + router + " " + iface + ": " + why);
            });
            if (!seen.add(p.substring(0, p.indexOf('/')))) {
                throw v.error("address " + p + " is given twice on " + router);
            }
        }
        addresses.put(iface, List.copyOf(prefixes));
    }

    private static Map<String, Integer> vrfs(YamlNode node, String what) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode.Entry> e : node.map(what + " vrfs", null).entrySet()) {
            checkIface(e.getValue().key(), e.getKey());
            YamlNode v = e.getValue().value();
            YamlNode tableNode = v;
            if (v.isMap()) {
                Map<String, YamlNode.Entry> vm = v.map("vrf " + e.getKey(), keys("table"));
                tableNode = required(v, vm, "table", "vrf " + e.getKey());
            }
            String t = tableNode.text("the table of VRF " + e.getKey());
            long table;
            try {
                table = Long.parseLong(t);
            } catch (NumberFormatException ex) {
                throw tableNode.error("VRF " + e.getKey() + " table \"" + t + "\" is not a number");
            }
            if (table < 1 || table > 0xFFFFFFFFL || (table >= 252 && table <= 255)) {
                throw tableNode.error("VRF " + e.getKey() + " table " + table + " is reserved or out of range (1-4294967295, not 252-255)");
            }
            out.put(e.getKey(), (int) table);
        }
        return out;
    }

    private LabCheck check(YamlNode node, Set<String> routers) {
        Map<String, YamlNode.Entry> m = node.map("a check", CHECK);
        YamlNode r = required(node, m, "router", "a check");
        String router = r.text("router");
        if (!routers.contains(router)) {
            throw r.error("check on unknown router " + router + " (routers: " + String.join(", ", routers) + ")");
        }
        Duration timeout = m.containsKey("timeout") ? duration(m.get("timeout").value()) : DEFAULT_CHECK_TIMEOUT;
        if (m.containsKey("ping") == m.containsKey("command")) {
            throw node.error("a check has either a command (and expect) or a ping (and maybe source, expect)");
        }
        List<String> kernel = m.containsKey("kernel") ? kernel(m.get("kernel").value()) : List.of();
        if (m.containsKey("ping")) {
            return pingCheck(m, router, timeout, kernel, routers);
        }
        if (m.containsKey("source")) {
            throw m.get("source").value().error("source belongs to a ping check");
        }
        String command = required(node, m, "command", "a check").text("command");
        YamlNode e = required(node, m, "expect", "a check");
        Object expected;
        if (e.isScalar() && !e.isNull()) {
            try {
                expected = Json.parse(e.text("expect"));
            } catch (IllegalArgumentException ex) {
                throw e.error("expect is neither a mapping nor JSON text: " + ex.getMessage());
            }
        } else {
            expected = e.toJson();
        }
        String what = m.containsKey("what") ? m.get("what").value().text("what") : router + ": " + command;
        return new CheckSpec(what, router, command, expected, timeout, kernel);
    }

    /**
     * {@code ping: ADDRESS|ROUTER} (a router: its loopback's address), {@code source: ADDRESS} (optional),
     * {@code expect: reachable|unreachable} (optional, reachable).
     */
    private static PingCheck pingCheck(Map<String, YamlNode.Entry> m, String router, Duration timeout,
                                       List<String> kernel, Set<String> routers) {
        YamlNode targetNode = m.get("ping").value();
        String target = targetNode.text("ping").strip();
        if (!routers.contains(target)) {
            address(targetNode, "ping", " (nor a router's name)");
        }
        String source = m.containsKey("source") ? address(m.get("source").value(), "source", "") : null;
        boolean reachable = true;
        if (m.containsKey("expect")) {
            YamlNode e = m.get("expect").value();
            String v = e.isScalar() && !e.isNull() ? e.text("expect") : "";
            if (!v.equals("reachable") && !v.equals("unreachable")) {
                throw e.error("a ping check expects reachable or unreachable, not " + (v.isEmpty() ? "that" : v));
            }
            reachable = v.equals("reachable");
        }
        String what = m.containsKey("what") ? m.get("what").value().text("what")
                : router + (reachable ? " pings " : " cannot ping ") + target;
        return new PingCheck(what, router, target, source, reachable, timeout, kernel);
    }

    private static String address(YamlNode node, String key, String orElse) {
        String a = node.text(key).strip();
        Prefixes.problem(a + "/0").ifPresent(p -> {
            throw node.error(key + " \"" + a + "\" is not an IPv4 or IPv6 address" + orElse);
        });
        return a;
    }

    static Duration duration(YamlNode node) {
        String s = node.text("timeout").strip();
        Matcher mt = DURATION.matcher(s);
        if (!mt.matches()) {
            throw node.error("timeout \"" + s + "\" is not a duration like 90s, 2m or 500ms");
        }
        double n = Double.parseDouble(mt.group(1));
        String unit = mt.group(2) == null ? "s" : mt.group(2);
        long ms = Math.round(switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            default -> n * 1000;
        });
        return Duration.ofMillis(ms);
    }

    private static void checkIface(YamlNode where, String iface) {
        if (!IFACE.matcher(iface).matches()) {
            throw where.error("interface name \"" + iface + "\" must start with a letter and hold at most 15 letters, "
                    + "digits, '_', '.' or '-' (a Linux interface name)");
        }
    }

    private static YamlNode required(YamlNode parent, Map<String, YamlNode.Entry> m, String key, String what) {
        YamlNode.Entry e = m.get(key);
        if (e == null) {
            throw parent.error(what + " needs \"" + key + "\"");
        }
        return e.value();
    }

    private static Set<String> keys(String... k) {
        return new LinkedHashSet<>(List.of(k));
    }
}
