package dev.ferry.lab.cli;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ferry-lab exec: run a command inside a lab router. */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = "Runs a command inside a router (its namespace, container or guest), with the terminal attached.")
final class ExecCommand implements Callable<Integer> {
    @ParentCommand
    FerryLab parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "ROUTER")
    String router;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "CMD")
    List<String> command;

    @Override
    public Integer call() throws Exception {
        RunningLab lab = Attached.attach(Attached.state(spec, parent.stateDir, id));
        lab.topology().requireRouter(router);
        return run(lab, router, command);
    }

    /** Runs argv in the router with the terminal attached when the backend can, else prints its output. */
    static int run(RunningLab lab, String router, List<String> argv) throws Exception {
        List<String> host = lab.hostCommand(router, argv);
        if (!host.isEmpty()) {
            return new ProcessBuilder(host).inheritIO().start().waitFor();
        }
        ExecResult r = lab.exec(router, argv, Duration.ofMinutes(10));
        System.out.print(r.stdout());
        System.err.print(r.stderr());
        return r.exitCode();
    }
}
