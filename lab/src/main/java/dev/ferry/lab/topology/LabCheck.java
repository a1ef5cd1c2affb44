package dev.ferry.lab.topology;

import java.time.Duration;

/**
 * Something a lab should reach once up, as the topology file's {@code checks} name it: a show command's JSON
 * ({@link CheckSpec}) or a ping between two addresses that must, or must not, get answers ({@link PingCheck}).
 */
public sealed interface LabCheck permits CheckSpec, PingCheck {
    /** A short label for reports ("OSPF Full PE1-PR"). */
    String what();

    /** The router the check runs on. */
    String router();

    /** How long to wait for it. */
    Duration timeout();

    /** Kernel features it needs ({@link Topology#MPLS}, {@link Topology#VRF}): skipped where they are missing. */
    java.util.List<String> kernel();
}
