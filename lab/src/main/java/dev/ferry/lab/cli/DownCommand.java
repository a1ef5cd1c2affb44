package dev.ferry.lab.cli;

import dev.ferry.lab.RunningLab;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ferry-lab down: tear down labs started with `up --keep`. */
@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Tears labs down: stops their routers (by PID), removes their namespaces, containers or VM, and files.")
final class DownCommand implements Callable<Integer> {
    @ParentCommand
    FerryLab parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "lab ids (ferry-lab status lists them)")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        int rc = 0;
        for (String id : ids) {
            LabState s = Attached.state(spec, parent.stateDir, id);
            if (s.upRunning() && !s.kept()) {
                System.err.printf("ferry-lab: lab %s belongs to a running `ferry-lab up` (pid %d): it tears the lab down "
                        + "itself; stopping it instead%n", id, s.upPid());
                ProcessHandle.of(s.upPid()).ifPresent(ProcessHandle::destroy);
                continue;
            }
            long t0 = System.nanoTime();
            try {
                RunningLab lab = Attached.attach(s);
                lab.close();
            } catch (Exception e) {
                System.err.println("ferry-lab: " + id + ": " + e.getMessage());
                rc = 1;
                continue;
            }
            s.delete();
            System.out.printf("lab %s (%s) torn down in %d ms%n", id, s.name(), (System.nanoTime() - t0) / 1_000_000);
        }
        return rc;
    }
}
