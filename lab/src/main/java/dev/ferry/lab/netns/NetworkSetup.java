package dev.ferry.lab.netns;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.topology.LinkSpec;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a topology's network in namespaces on the host kernel: one namespace per router with lo up and
 * forwarding on, a veth pair per link created directly inside the two namespaces (never in the host's),
 * kernel VRFs and MPLS input where the kernel has them, and the addresses. No default route is added and
 * nothing connects a namespace to the host, so no packet can leave the lab.
 */
final class NetworkSetup {
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.netns");
    private static final List<String> SYSCTLS = List.of("sysctl", "-qw", "net.ipv4.ip_forward=1",
            "net.ipv6.conf.all.forwarding=1", "net.ipv4.conf.all.rp_filter=0", "net.ipv4.conf.default.rp_filter=0");

    private final Topology topology;
    private final NetnsNames names;
    private final List<String> notes = new ArrayList<>();
    private final List<String> created;

    /** {@code created} receives each namespace as soon as it exists, so a failure can remove it. */
    NetworkSetup(Topology topology, NetnsNames names, List<String> created) {
        this.topology = topology;
        this.names = names;
        this.created = created;
    }

    /** Non-fatal things worth telling the user (the kernel has no VRF ...). */
    List<String> notes() {
        return notes;
    }

    void build() {
        for (RouterSpec r : topology.routers()) {
            String ns = names.namespace(r.name());
            if (Namespaces.exists(ns)) {
                throw new IllegalStateException("namespace " + ns + " exists already");
            }
            Namespaces.add(ns);
            created.add(ns);
            ip(ns, "link", "set", "lo", "up");
            HostCommand.check(Namespaces.inside(ns, SYSCTLS), Namespaces.IP_TIMEOUT);
        }
        for (LinkSpec l : topology.links()) {
            String a = names.namespace(l.a().router());
            String b = names.namespace(l.b().router());
            ip(a, "link", "add", l.a().iface(), "type", "veth", "peer", "name", l.b().iface(), "netns", b);
            ip(a, "link", "set", l.a().iface(), "up");
            ip(b, "link", "set", l.b().iface(), "up");
        }
        vrfs();
        for (RouterSpec r : topology.routers()) {
            String ns = names.namespace(r.name());
            for (Map.Entry<String, List<String>> e : r.addresses().entrySet()) {
                for (String prefix : e.getValue()) {
                    ip(ns, "addr", "add", prefix, "dev", e.getKey());
                }
            }
        }
        mpls();
    }

    private void vrfs() {
        boolean kernelHasVrf = true;
        for (RouterSpec r : topology.routers()) {
            if (r.vrfs().isEmpty()) {
                continue;
            }
            if (r.kind() == RouterKind.FERRY) {
                note(r.name() + ": VRFs " + String.join(", ", r.vrfs().keySet()) + " are left to Ferry's zebra");
                continue;
            }
            if (!kernelHasVrf) {
                continue;
            }
            String ns = names.namespace(r.name());
            for (Map.Entry<String, RouterSpec.VrfSpec> v : r.vrfs().entrySet()) {
                ExecResult add = HostCommand.run(List.of("ip", "-n", ns, "link", "add", v.getKey(), "type", "vrf",
                        "table", String.valueOf(v.getValue().table())), Namespaces.IP_TIMEOUT);
                if (!add.ok()) {
                    kernelHasVrf = false;
                    note("the kernel has no VRF devices (" + add.output().strip() + "): VRFs stay inactive in FRR, "
                            + "their interfaces stay in the default table");
                    break;
                }
                ip(ns, "link", "set", v.getKey(), "up");
                for (String iface : v.getValue().interfaces()) {
                    ip(ns, "link", "set", iface, "master", v.getKey());
                }
            }
        }
    }

    private void mpls() {
        List<RouterSpec> withMpls = topology.routers().stream().filter(r -> !r.mplsInterfaces().isEmpty()).toList();
        if (withMpls.isEmpty()) {
            return;
        }
        if (!Files.isDirectory(Path.of("/proc/sys/net/mpls"))) {
            note("the kernel has no MPLS forwarding (no /proc/sys/net/mpls; module mpls_router): label "
                    + "switching is off, LDP still runs");
            return;
        }
        for (RouterSpec r : withMpls) {
            List<String> argv = new ArrayList<>(List.of("sysctl", "-qw", "net.mpls.platform_labels=100000"));
            for (String iface : r.mplsInterfaces()) {
                argv.add("net.mpls.conf." + iface + ".input=1");
            }
            ExecResult res = HostCommand.run(Namespaces.inside(names.namespace(r.name()), argv), Namespaces.IP_TIMEOUT);
            if (!res.ok()) {
                note(r.name() + ": MPLS sysctls failed: " + res.output().strip());
            }
        }
    }

    private void note(String text) {
        notes.add(text);
        LOG.log(Level.DEBUG, text); // shown by whoever reads RunningLab.notes()
    }

    private static void ip(String ns, String... args) {
        List<String> argv = new ArrayList<>(List.of("ip", "-n", ns));
        argv.addAll(List.of(args));
        HostCommand.check(argv, Namespaces.IP_TIMEOUT);
    }
}
