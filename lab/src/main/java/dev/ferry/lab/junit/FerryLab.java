package dev.ferry.lab.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class one lab, started before its first test and torn down after its last (also when a
 * test fails). Test and lifecycle methods receive it as a {@link dev.ferry.lab.RunningLab} parameter.
 * When the backend cannot run here (not root, no FRR, no docker ...) every test is skipped with the reason.
 * <pre>
 * &#64;FerryLab(topology = "ospf-pair", backend = "netns")
 * class OspfPairTest {
 *     &#64;Test
 *     void full(RunningLab lab) { ... }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FerryLabExtension.class)
public @interface FerryLab {
    /** A built-in lab's name, a class-path resource ("labs/ospf-pair/topology.yaml") or a file path. */
    String topology();

    /** "netns", "docker" or "vm"; the system property ferry.lab.backend overrides it when set. */
    String backend() default "netns";

    /** Wait for the topology's checks (OSPF Full ...) before the first test. */
    boolean awaitChecks() default false;
}
