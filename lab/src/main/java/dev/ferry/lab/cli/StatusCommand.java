package dev.ferry.lab.cli;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.RouterSpec;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ferry-lab status: the running labs, or one lab's routers. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lists the running labs; with an ID, that lab's routers and whether their vtysh answers.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    FerryLab parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID")
    String id;

    @Override
    public Integer call() throws Exception {
        if (id == null) {
            List<LabState> labs = LabState.all(parent.stateDir);
            if (labs.isEmpty()) {
                System.out.println("no labs running (state dir " + parent.stateDir + ")");
                return 0;
            }
            System.out.printf("%-10s %-8s %-12s %-8s %-25s %s%n", "ID", "BACKEND", "LAB", "ROUTERS", "STARTED", "OWNER");
            for (LabState s : labs) {
                String owner = s.kept() ? "kept (ferry-lab down " + s.id() + ")"
                        : s.upRunning() ? "ferry-lab up, pid " + s.upPid() : "gone (ferry-lab down " + s.id() + ")";
                System.out.printf("%-10s %-8s %-12s %-8d %-25s %s%n", s.id(), s.backend(), s.name(),
                        s.topology().routers().size(), s.started().toString().replaceFirst("\\.\\d+Z$", "Z"), owner);
            }
            return 0;
        }
        LabState s = Attached.state(spec, parent.stateDir, id);
        RunningLab lab = Attached.attach(s);
        System.out.printf("lab %s (%s), backend %s, work dir %s%n", s.id(), s.name(), s.backend(), s.workDir());
        int down = 0;
        for (RouterSpec r : lab.topology().routers()) {
            var res = lab.exec(r.name(), lab.vtyshCommand(r.name(), "show version"), Duration.ofSeconds(30));
            boolean up = res.ok() && !res.stdout().isBlank();
            down += up ? 0 : 1;
            System.out.printf("  %-8s %-6s %-22s vtysh %s%n", r.name(), r.kind().name().toLowerCase(Locale.ROOT),
                    String.join(",", r.daemons().isEmpty() ? List.of("-") : r.daemons()), up ? "answers" : "DOES NOT ANSWER");
        }
        return down == 0 ? 0 : 3;
    }
}
