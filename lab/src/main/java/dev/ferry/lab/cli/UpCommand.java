package dev.ferry.lab.cli;

import dev.ferry.lab.HostKernel;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabBackends;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.topology.BuiltinLabs;
import dev.ferry.lab.topology.LabCheck;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import dev.ferry.lab.topology.TopologyException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** ferry-lab up: start a lab, show how to reach it, wait for its checks, then tear it down (or keep it). */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Starts a lab, prints how to reach each router's vtysh, waits for the topology's checks "
                + "(OSPF Full, BGP Established ...), then tears it down; with --keep it stays up for `ferry-lab down`."})
final class UpCommand implements Callable<Integer> {
    @ParentCommand
    FerryLab parent;

    @Parameters(index = "0", paramLabel = "TOPOLOGY", description = "a built-in lab (ferry-lab list) or a topology YAML file")
    String topology;

    @Option(names = "--backend", paramLabel = "NAME", description = "netns, docker or vm; by default netns, or vm "
            + "when the lab's forwarding needs kernel features (MPLS, VRF) that this host's kernel lacks")
    String backend;

    @Option(names = "--frr", paramLabel = "ROUTER", split = ",", description = "run these routers (or all) as "
            + "real FRR (Debian's frr) instead of their kind in the topology, e.g. --frr PR,PE2")
    List<String> frrRouters = List.of();

    @Option(names = "--ferry", paramLabel = "ROUTER", split = ",", description = "run these routers (or all) with "
            + "Ferry's daemons instead of their kind in the topology")
    List<String> ferryRouters = List.of();

    @Option(names = "--keep", description = "leave the lab running; stop it later with ferry-lab down ID")
    boolean keep;

    @Option(names = "--no-checks", description = "do not wait for the topology's checks")
    boolean noChecks;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Topology t;
        try {
            t = BuiltinLabs.resolve(topology).withKind(frrRouters, RouterKind.FRR).withKind(ferryRouters, RouterKind.FERRY);
        } catch (IllegalArgumentException e) {
            System.err.println("ferry-lab: " + e.getMessage());
            return 2;
        } catch (TopologyException e) {
            System.err.println("ferry-lab: " + e.getMessage());
            return 2;
        }
        String chosen = backend != null ? backend : automaticBackend(t, out);
        LabBackend b;
        try {
            b = LabBackends.get(chosen);
        } catch (IllegalArgumentException e) {
            System.err.println("ferry-lab: " + e.getMessage());
            return 2;
        }
        LabBackend.Availability a = b.availability(t, new LabOptions(LabOptions.defaultFerryHome(), null, keep));
        if (!a.available()) {
            System.err.println("ferry-lab: cannot run lab " + t.name() + " on backend " + chosen + ": " + a.reason());
            return 2;
        }
        Path workDir = LabState.newWorkDir(parent.stateDir);
        LabOptions options = new LabOptions(LabOptions.defaultFerryHome(), workDir, keep);
        out.printf("== lab %s: %d routers, %d links, backend %s%n", t.name(), t.routers().size(), t.links().size(), b.name());
        if (!t.description().isBlank()) {
            out.println("   " + t.description().strip().replace("\n", "\n   "));
        }
        List<String> frr = t.routers().stream().filter(r -> r.kind() == RouterKind.FRR).map(RouterSpec::name).toList();
        if (!frr.isEmpty()) {
            out.println("   Real FRR (Debian's frr) runs " + (frr.size() == t.routers().size() ? "every router"
                    : String.join(", ", frr) + "; Ferry runs the others") + ".");
        }
        RunningLab lab;
        try {
            lab = b.start(t, options);
        } catch (Exception e) {
            LabState.deleteTree(workDir);
            System.err.println("ferry-lab: " + e.getMessage());
            return 1;
        }
        LabState state = LabState.write(parent.stateDir, lab, workDir, options, keep, topology);
        Thread cleanup = new Thread(() -> {
            lab.close();
            state.delete();
        }, "ferry-lab-up-cleanup");
        if (!keep) {
            Runtime.getRuntime().addShutdownHook(cleanup); // Ctrl-C or `ferry-lab down` (SIGTERM) while up runs
        }
        try {
            printUp(out, lab);
            List<String> lacking = b.name().equals("vm") ? List.of() : HostKernel.local().missing(List.of(Topology.MPLS, Topology.VRF));
            int failed = noChecks ? 0 : checks(out, lab, lacking);
            if (keep) {
                out.printf("%n== lab %s left running (--keep). Tear it down with:%n   ferry-lab down %s%n", lab.id(), lab.id());
            } else {
                out.printf("%n== tearing lab %s down (run with --keep to leave it up)%n", lab.id());
            }
            return failed == 0 ? 0 : 1;
        } finally {
            if (!keep) {
                long t0 = System.nanoTime();
                lab.close();
                state.delete();
                Runtime.getRuntime().removeShutdownHook(cleanup);
                out.printf("   done in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    /**
     * netns, unless the topology's forwarding needs kernel features this host lacks (`kernel: [mpls, vrf]`): then
     * the vm backend where it can run, else netns with a warning that only the control plane will work.
     */
    private static String automaticBackend(Topology t, PrintStream out) {
        List<String> missing = HostKernel.local().missing(t.kernel());
        if (missing.isEmpty()) {
            return LabBackends.DEFAULT;
        }
        String lacks = "this host's kernel has " + noneOf(missing);
        LabBackend.Availability vm = LabBackends.find("vm")
                .map(v -> v.availability(t, new LabOptions(LabOptions.defaultFerryHome(), null, false)))
                .orElse(LabBackend.Availability.no("the vm backend is not part of this build"));
        if (vm.available()) {
            out.println("ferry-lab: " + lacks + ": lab " + t.name() + " runs in the vm backend (a full-kernel qemu "
                    + "guest; --backend netns to run it here anyway)");
            return "vm";
        }
        out.println("ferry-lab: " + lacks + " and the vm backend cannot run (" + vm.reason() + "): lab " + t.name()
                + " runs in network namespaces here; its control plane converges, forwarding that needs "
                + String.join(" and ", missing) + " does not");
        return LabBackends.DEFAULT;
    }

    /** "no MPLS and no VRF". */
    private static String noneOf(List<String> features) {
        return "no " + String.join(" and no ", features.stream().map(f -> f.toUpperCase(java.util.Locale.ROOT)).toList());
    }

    private static void printUp(PrintStream out, RunningLab lab) {
        out.printf("%n== lab %s is up, id %s%n", lab.topology().name(), lab.id());
        for (Map.Entry<String, Duration> e : lab.timings().entrySet()) {
            out.printf("   %-52s %7.2f s%n", e.getKey(), e.getValue().toMillis() / 1000.0);
        }
        for (String note : lab.notes()) {
            out.println("   note: " + note);
        }
        out.printf("%n== each router's vtysh:%n");
        for (RouterSpec r : lab.topology().routers()) {
            out.printf("   %-6s ferry-lab vtysh %s %s%s%n", r.name(), lab.id(), r.name(),
                    r.kind() == RouterKind.FRR ? "    (FRR)" : "    (Ferry)");
        }
        String first = lab.topology().routers().getFirst().name();
        List<String> raw = lab.interactiveVtysh(first);
        if (!raw.isEmpty()) {
            out.printf("   without ferry-lab, e.g. %s: %s%n", first, ShellWords.join(raw));
        }
        out.printf("   one command: ferry-lab vtysh %s %s -c 'show ip route'; a shell: ferry-lab exec %s %s bash%n",
                lab.id(), first, lab.id(), first);
    }

    /** Waits for each check in turn, skipping those that need what the kernel lacks; returns how many failed. */
    private static int checks(PrintStream out, RunningLab lab, List<String> lacking) {
        List<LabCheck> checks = lab.topology().checks();
        if (checks.isEmpty()) {
            return 0;
        }
        out.printf("%n== checks (vtysh JSON polled until it matches, FRR topotests' json_cmp rules; pings):%n");
        long t0 = System.nanoTime();
        int failed = 0;
        for (LabCheck c : checks) {
            List<String> missing = c.kernel().stream().filter(lacking::contains).toList();
            if (!missing.isEmpty()) {
                out.printf("   skip  %-40s (this kernel has %s)%n", c.what(), noneOf(missing));
                continue;
            }
            try {
                LabAssertions.check(lab, c);
                out.printf("   ok    %-40s %6.1f s after the lab was up%n", c.what(), (System.nanoTime() - t0) / 1e9);
            } catch (AssertionError e) {
                failed++;
                out.printf("   FAIL  %-40s%n      %s%n", c.what(), e.getMessage().replace("\n", "\n      "));
            }
        }
        return failed;
    }
}
