package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.cli.CmdStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Feeds a whole integrated frr.conf to one daemon as vtysh would hand it its share: a line the daemon has
 * no command for is someone else's (and so is the indented body of a block it does not open, such as
 * `mpls ldp` for zebra, where `interface eth0` means LDP's interface, not zebra's). Any other non-success
 * is a failure.
 */
public final class ConfigFeeder {
    private static final Set<String> CLOSERS = Set.of("exit", "exit-vrf", "exit-address-family", "end");

    /** What happened to the lines: taken by the daemon, left to others, or failed ("LINE -> STATUS OUTPUT"). */
    public record Result(List<String> taken, List<String> others, List<String> failures) {
    }

    private ConfigFeeder() {
    }

    public static Result feed(Daemon daemon, List<String> lines) {
        CliSession session = new CliSession();
        daemon.execute(session, "configure terminal");
        List<String> taken = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int skippedBlockIndent = -1;
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("!") || text.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(text.charAt(0));
            if (skippedBlockIndent >= 0) {
                boolean inside = indent > skippedBlockIndent;
                boolean closer = indent == skippedBlockIndent && CLOSERS.contains(text);
                if (inside || closer) {
                    others.add(line);
                    if (closer) {
                        skippedBlockIndent = -1;
                    }
                    continue;
                }
                skippedBlockIndent = -1;
            }
            CliResult r = daemon.execute(session, line);
            if (r.status() == CmdStatus.ERR_NO_MATCH) {
                others.add(line);
                skippedBlockIndent = indent;
            } else if (r.status() == CmdStatus.SUCCESS) {
                taken.add(line);
            } else {
                failures.add(line + " -> " + r.status() + " " + r.output().strip());
            }
        }
        return new Result(taken, others, failures);
    }
}
