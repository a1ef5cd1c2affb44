package dev.ferry.lab.junit;

import dev.ferry.lab.Lab;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.topology.LabCheck;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/** Runs the lab of {@link FerryLab}: starts it before all tests, resolves RunningLab parameters, closes it after. */
public final class FerryLabExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FerryLabExtension.class);
    private static final String LAB = "lab";
    private static final String SKIP = "skip";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FerryLab spec = context.getRequiredTestClass().getAnnotation(FerryLab.class);
        if (spec == null) {
            throw new IllegalStateException("@ExtendWith(FerryLabExtension.class) needs @FerryLab on the class");
        }
        String backend = System.getProperty("ferry.lab.backend", spec.backend());
        Lab lab = Lab.of(spec.topology()).backend(backend);
        LabBackend.Availability a = lab.availability();
        if (!a.available()) {
            context.getStore(NS).put(SKIP, a.reason());
            throw new TestAbortedException("lab " + lab.topology().name() + " on backend " + backend + ": " + a.reason());
        }
        RunningLab running = lab.start();
        context.getStore(NS).put(LAB, running);
        report(context, running, "up");
        if (spec.awaitChecks()) {
            for (LabCheck c : running.topology().checks()) {
                Duration took = LabAssertions.check(running, c);
                System.out.printf("[%s] %s: reached after %.1f s%n", running.id(), c.what(), took.toMillis() / 1000.0);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RunningLab lab = context.getStore(NS).remove(LAB, RunningLab.class);
        if (lab != null) {
            long t0 = System.nanoTime();
            lab.close();
            System.out.printf("[%s] lab %s torn down in %d ms%n", lab.id(), lab.topology().name(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningLab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            RunningLab lab = c.getStore(NS).get(LAB, RunningLab.class);
            if (lab != null) {
                return lab;
            }
        }
        throw new ParameterResolutionException("no lab: is the class annotated with @FerryLab?");
    }

    private static void report(ExtensionContext context, RunningLab lab, String what) {
        StringBuilder sb = new StringBuilder(String.format("[%s] lab %s %s on backend %s for %s%n", lab.id(),
                lab.topology().name(), what, lab.backend(), context.getDisplayName()));
        for (Map.Entry<String, Duration> t : lab.timings().entrySet()) {
            sb.append(String.format("[%s]   %-50s %6d ms%n", lab.id(), t.getKey(), t.getValue().toMillis()));
        }
        for (String note : lab.notes()) {
            sb.append(String.format("[%s]   note: %s%n", lab.id(), note));
        }
        System.out.print(sb);
    }
}
