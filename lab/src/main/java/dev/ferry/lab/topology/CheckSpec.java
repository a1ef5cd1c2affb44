package dev.ferry.lab.topology;

import java.time.Duration;
import java.util.List;

/**
 * Something a lab should reach: {@code command} (a vtysh show command ending in "json") on {@code router}
 * answers JSON that contains {@code expected} (FRR topotests' json_cmp rules) within {@code timeout}.
 *
 * @param what     a short label for reports ("OSPF Full PE1-PR")
 * @param expected a JSON value (Map, List, String, BigDecimal, Boolean or null)
 */
public record CheckSpec(String what, String router, String command, Object expected, Duration timeout,
        List<String> kernel) implements LabCheck {
    public CheckSpec {
        kernel = kernel == null ? List.of() : List.copyOf(kernel);
    }
}
