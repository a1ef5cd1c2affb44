package dev.ferry.lab.docker;

import dev.ferry.lab.ExecResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The host firewall rule that lets routed lab traffic cross Docker bridges. Docker's isolation rules drop
 * packets on an {@code --internal} network whose addresses are not the network's own subnet, which the
 * topology's addresses never are; this rule, first in DOCKER-USER, accepts every packet that is bridged
 * (stays on one bridge, so never leaves the lab):
 * {@code iptables -I DOCKER-USER -m physdev --physdev-is-bridged -m comment --comment "ferry-lab:<id> ..." -j ACCEPT}.
 *
 * <p>Each lab adds its own copy, named by its comment, and removes exactly that copy: labs running at the
 * same time never take each other's rule away. Done for ip6tables too when Docker manages a DOCKER-USER
 * chain there.
 */
final class TransitRule {

    static final String CHAIN = "DOCKER-USER";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TransitRule() {
    }

    /** The firewall tools that have Docker's DOCKER-USER chain on this host. */
    static List<String> tools() {
        List<String> tools = new ArrayList<>();
        for (String tool : List.of("iptables", "ip6tables")) {
            if (HostCommand.run(List.of(tool, "-w", "-S", CHAIN), TIMEOUT).ok()) {
                tools.add(tool);
            }
        }
        return tools;
    }

    /** Adds the lab's rule (once); registers its removal first. */
    static void add(String comment, Teardown teardown) {
        List<String> tools = tools();
        if (!tools.contains("iptables")) {
            throw new DockerLabException("iptables has no " + CHAIN + " chain: is dockerd running with its iptables "
                    + "rules (docker info)? Without the rule, routed traffic between lab containers is dropped");
        }
        for (String tool : tools) {
            teardown.add("remove " + tool + " rule \"" + comment + "\"", () -> remove(tool, comment));
            if (!HostCommand.run(rule(tool, "-C", comment), TIMEOUT).ok()) {
                HostCommand.check(rule(tool, "-I", comment), TIMEOUT);
            }
        }
    }

    /** Removes every copy of the rule with this comment from one tool's chain. */
    static void remove(String tool, String comment) {
        for (int i = 0; i < 100 && HostCommand.run(rule(tool, "-C", comment), TIMEOUT).ok(); i++) {
            HostCommand.check(rule(tool, "-D", comment), TIMEOUT);
        }
    }

    private static List<String> rule(String tool, String op, String comment) {
        return List.of(tool, "-w", op, CHAIN, "-m", "physdev", "--physdev-is-bridged", "-m", "comment", "--comment",
                comment, "-j", "ACCEPT");
    }

    /** The comments of every ferry-lab rule in one tool's chain ("ferry-lab:<id> owner=..."). */
    static List<String> labComments(String tool) {
        ExecResult r = HostCommand.run(List.of(tool, "-w", "-S", CHAIN), TIMEOUT);
        List<String> comments = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            int at = line.indexOf("--comment ");
            if (at < 0) {
                continue;
            }
            String rest = line.substring(at + "--comment ".length());
            String comment = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1)) : rest.split(" ")[0];
            if (comment.startsWith("ferry-lab:")) {
                comments.add(comment);
            }
        }
        return comments;
    }
}
