package dev.ferry.lab.cli;

import dev.ferry.lab.RunningLab;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ferry-lab vtysh: a router's vtysh, interactive or for commands given with -c. */
@Command(name = "vtysh", mixinStandardHelpOptions = true,
        description = "Opens a router's vtysh (Ferry's or FRR's, as the router's kind says), or runs the -c commands.")
final class VtyshCommand implements Callable<Integer> {
    @ParentCommand
    FerryLab parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "ROUTER")
    String router;

    @Option(names = "-c", paramLabel = "CMD", description = "a command to run (repeatable); without it, an interactive vtysh")
    List<String> commands;

    @Override
    public Integer call() throws Exception {
        RunningLab lab = Attached.attach(Attached.state(spec, parent.stateDir, id));
        lab.topology().requireRouter(router);
        if (commands == null || commands.isEmpty()) {
            List<String> argv = lab.interactiveVtysh(router);
            if (argv.isEmpty()) {
                System.err.println("ferry-lab: the " + lab.backend() + " backend has no interactive vtysh; use -c CMD");
                return 2;
            }
            return new ProcessBuilder(argv).inheritIO().start().waitFor();
        }
        int rc = 0;
        for (String c : commands) {
            int r = ExecCommand.run(lab, router, lab.vtyshCommand(router, c));
            rc = rc == 0 ? r : rc;
        }
        return rc;
    }
}
