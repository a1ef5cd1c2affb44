package dev.ferry.lab.topology;

import dev.ferry.lab.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a topology in the topology file format, as JSON (which YAML reads), configs inline. */
final class TopologyWriter {
    private TopologyWriter() {
    }

    static String write(Topology t) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (RouterSpec r : t.routers()) {
            nodes.put(r.name(), router(r));
        }
        List<Object> links = new ArrayList<>();
        for (LinkSpec l : t.links()) {
            links.add(Map.of("endpoints", List.of(l.a().toString(), l.b().toString())));
        }
        Map<String, Object> topo = new LinkedHashMap<>();
        topo.put("nodes", nodes);
        topo.put("links", links);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", t.name());
        if (!t.description().isEmpty()) {
            doc.put("description", t.description());
        }
        if (!t.kernel().isEmpty()) {
            doc.put("kernel", t.kernel());
        }
        doc.put("topology", topo);
        if (!t.checks().isEmpty()) {
            List<Object> checks = new ArrayList<>();
            for (LabCheck c : t.checks()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("what", c.what());
                m.put("router", c.router());
                switch (c) {
                    case CheckSpec json -> {
                        m.put("command", json.command());
                        m.put("expect", Json.write(json.expected()));
                    }
                    case PingCheck ping -> {
                        m.put("ping", ping.target());
                        if (ping.source() != null) {
                            m.put("source", ping.source());
                        }
                        m.put("expect", ping.reachable() ? "reachable" : "unreachable");
                    }
                }
                m.put("timeout", c.timeout().toMillis() + "ms");
                if (!c.kernel().isEmpty()) {
                    m.put("kernel", c.kernel());
                }
                checks.add(m);
            }
            doc.put("checks", checks);
        }
        return Json.pretty(doc) + "\n";
    }

    private static Map<String, Object> router(RouterSpec r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        m.put("daemons", List.copyOf(r.daemons()));
        if (!r.vrfs().isEmpty()) {
            Map<String, Object> vrfs = new LinkedHashMap<>();
            r.vrfs().forEach((name, v) -> vrfs.put(name, String.valueOf(v.table())));
            m.put("vrfs", vrfs);
        }
        Map<String, Object> ifaces = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(r.addresses().keySet());
        r.mplsInterfaces().forEach(i -> { if (!names.contains(i)) names.add(i); });
        r.vrfs().values().forEach(v -> v.interfaces().forEach(i -> { if (!names.contains(i)) names.add(i); }));
        for (String i : names) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("addresses", r.addresses().getOrDefault(i, List.of()));
            r.vrfs().forEach((vrf, v) -> { if (v.interfaces().contains(i)) im.put("vrf", vrf); });
            if (r.mplsInterfaces().contains(i)) {
                im.put("mpls", Boolean.TRUE);
            }
            ifaces.put(i, im);
        }
        m.put("interfaces", ifaces);
        m.put("config", r.frrConf());
        return m;
    }
}
