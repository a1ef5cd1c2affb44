package dev.ferry.lab.cli;

import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabBackends;
import dev.ferry.lab.topology.BuiltinLabs;
import dev.ferry.lab.topology.Topology;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** ferry-lab list: the built-in labs and the backends. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the built-in labs and the backends.")
final class ListCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println("built-in labs (ferry-lab up NAME):");
        for (String name : BuiltinLabs.names()) {
            Topology t = BuiltinLabs.load(name).orElseThrow();
            String first = t.description().strip().lines().findFirst().orElse("");
            System.out.printf("  %-10s %d routers  %s%n", name, t.routers().size(), first);
        }
        System.out.println("backends (--backend NAME):");
        for (Map.Entry<String, LabBackend> e : LabBackends.all().entrySet()) {
            LabBackend.Availability a = e.getValue().availability();
            System.out.printf("  %-10s %s%n", e.getKey(), a.available() ? "available" : "unavailable: " + a.reason());
        }
        for (String n : LabBackends.NAMES) {
            if (!LabBackends.all().containsKey(n)) {
                System.out.printf("  %-10s not in this build%n", n);
            }
        }
        return 0;
    }
}
