package dev.ferry.lab.topology;

import java.time.Duration;
import java.util.List;

/**
 * A ping from {@code router} to {@code target}, from the address {@code source} (null: the kernel's choice). When
 * {@code reachable}, answers must come within {@code timeout} (retried until then); otherwise none may come, checked
 * once: a VPN that must stay apart from another, tried after the checks before it have converged the lab.
 */
public record PingCheck(String what, String router, String target, String source, boolean reachable,
        Duration timeout, List<String> kernel) implements LabCheck {
    public PingCheck {
        kernel = kernel == null ? List.of() : List.copyOf(kernel);
    }

    public PingCheck(String what, String router, String target, String source, boolean reachable, Duration timeout) {
        this(what, router, target, source, reachable, timeout, List.of());
    }
}
