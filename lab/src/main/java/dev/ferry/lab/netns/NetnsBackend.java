package dev.ferry.lab.netns;

import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.Topology;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Labs in network namespaces on the host kernel: one namespace per router, veth pairs for links, FRR or
 * Ferry daemons inside. Needs root and iproute2; FRR routers need Debian's frr, Ferry routers a Ferry
 * distribution. The host kernel decides what the lab has: without VRF or MPLS support those parts are
 * skipped with a note (the vm backend runs the same lab under a full kernel).
 */
public final class NetnsBackend implements LabBackend {
    public static final String NAME = "netns";
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.netns");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Availability availability() {
        if (!"root".equals(ProcessHandle.current().info().user().orElse(""))) {
            return Availability.no("the netns backend needs root (it creates network namespaces)");
        }
        if (!HostCommand.onPath("ip") || !HostCommand.run(List.of("ip", "netns", "list"), Duration.ofSeconds(10)).ok()) {
            return Availability.no("`ip netns` does not work here (iproute2 missing?)");
        }
        if (!HostCommand.onPath("unshare")) {
            return Availability.no("unshare (util-linux) is missing");
        }
        return Availability.yes();
    }

    @Override
    public Availability availability(Topology topology, LabOptions options) {
        Availability a = availability();
        if (!a.available()) {
            return a;
        }
        boolean frr = topology.routers().stream().anyMatch(r -> r.kind() == RouterKind.FRR);
        boolean ferry = topology.routers().stream().anyMatch(r -> r.kind() == RouterKind.FERRY);
        Optional<String> missing = frr ? FrrRouter.missing() : Optional.empty();
        if (missing.isEmpty() && ferry) {
            missing = FerryRouter.missing(ferryHome(options));
        }
        return missing.map(Availability::no).orElse(Availability.yes());
    }

    @Override
    public RunningLab start(Topology topology, LabOptions options) throws Exception {
        Availability a = availability(topology, options);
        if (!a.available()) {
            throw new IllegalStateException("cannot run lab " + topology.name() + " in namespaces: " + a.reason());
        }
        LabRecords.sweepStale();
        NetnsNames names = NetnsNames.fresh();
        boolean ownsWorkDir = options.workDir() == null;
        Path workDir = ownsWorkDir ? Files.createTempDirectory("ferry-lab-" + names.id() + "-")
                : Files.createDirectories(options.workDir());
        NetnsLab lab = new NetnsLab(topology, names, workDir.toAbsolutePath(), ownsWorkDir, ferryHome(options));
        // recorded and hooked before anything exists, so a crash at any point leaves nothing unfound
        LabRecords.write(LabRecords.forThisProcess(names.id(), false, workDir.toAbsolutePath(), ownsWorkDir, lab.namespaces()));
        lab.closeOnExit();
        try {
            LOG.log(Level.INFO, "lab " + topology.name() + ": starting " + topology.routers().size() + " routers in namespaces "
                    + names.id() + "-*, work dir " + workDir);
            lab.bringUp();
        } catch (Throwable e) {
            lab.close();
            throw e;
        }
        if (options.keep()) {
            lab.keepAfterExit();
        }
        return lab;
    }

    @Override
    public RunningLab attach(Topology topology, String id, LabOptions options) {
        if (!NetnsNames.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("\"" + id + "\" is not a netns lab id (fl + 6 hex digits)");
        }
        NetnsNames names = new NetnsNames(id);
        Optional<LabRecords.LabRecord> rec = LabRecords.read(id);
        if (rec.isEmpty() && options.workDir() == null) {
            throw new IllegalStateException("no netns lab " + id + " on this host (no " + LabRecords.file(id) + ")");
        }
        // without a record (e.g. swept as stale) the lab is a shell whose close() removes whatever is left
        Path workDir = options.workDir() != null ? options.workDir() : rec.get().workDir();
        NetnsLab lab = new NetnsLab(topology, names, workDir, rec.map(LabRecords.LabRecord::ownsWorkDir).orElse(false),
                ferryHome(options));
        for (String ns : lab.namespaces()) {
            if (!Namespaces.exists(ns)) {
                LOG.log(Level.WARNING, "lab " + id + ": namespace " + ns + " is gone");
            }
        }
        return lab;
    }

    /** Stale labs removed (their owner died without tearing them down); run before each start. */
    public static List<String> sweepStale() {
        return LabRecords.sweepStale();
    }

    private static Path ferryHome(LabOptions options) {
        return options.ferryHome() != null ? options.ferryHome() : LabOptions.defaultFerryHome();
    }
}
