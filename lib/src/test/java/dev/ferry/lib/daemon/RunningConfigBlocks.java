package dev.ferry.lib.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts a running-config into its top-level lines and blocks, so one daemon's part can be compared with the
 * merged output of FRR's vtysh. The preamble (version, defaults, hostname, service lines) and the "!"
 * separators between top-level items are left out: vtysh and the daemons place those themselves.
 */
public final class RunningConfigBlocks {
    private static final List<String> PREAMBLE = List.of("Building configuration...", "Current configuration:",
            "frr version ", "frr defaults ", "hostname ", "service integrated-vtysh-config", "end");

    /** Which blocks and lines belong to one daemon. */
    public static final class Ownership {
        private final List<Rule> rules = new ArrayList<>();
        private final List<String> topLines = new ArrayList<>();

        private record Rule(String header, Predicate<String> inner) {
        }

        /** Blocks whose header starts with {@code header}, every line inside. */
        public Ownership block(String header) {
            rules.add(new Rule(header, s -> true));
            return this;
        }

        /** Blocks whose header starts with {@code header} (or equals it, stripped): only lines starting so. */
        public Ownership block(String header, String... innerPrefixes) {
            rules.add(new Rule(header, s -> startsWithAny(s.strip(), innerPrefixes)));
            return this;
        }

        /** Top-level lines starting with one of these. */
        public Ownership top(String... prefixes) {
            topLines.addAll(List.of(prefixes));
            return this;
        }

        private Rule ruleFor(String header) {
            for (Rule r : rules) {
                if (header.equals(r.header.strip()) || header.startsWith(r.header)) {
                    return r;
                }
            }
            return null;
        }
    }

    private RunningConfigBlocks() {
    }

    /** The part of a (vtysh-merged) running-config that the daemon described by {@code owner} prints. */
    public static String select(String runningConfig, Ownership owner) {
        StringBuilder out = new StringBuilder();
        for (List<String> item : items(runningConfig)) {
            String first = item.getFirst();
            if (item.size() == 1) {
                if (startsWithAny(first, owner.topLines.toArray(String[]::new))) {
                    out.append(first).append('\n');
                }
                continue;
            }
            Ownership.Rule rule = owner.ruleFor(first);
            if (rule == null) {
                continue;
            }
            List<String> inner = item.subList(1, item.size() - 1).stream().filter(rule.inner).toList();
            if (!inner.isEmpty()) {
                out.append(first).append('\n');
                inner.forEach(l -> out.append(l).append('\n'));
                out.append(item.getLast()).append('\n');
            }
        }
        return out.toString();
    }

    /** A daemon's own running-config without the preamble and top-level "!" lines. */
    public static String body(String runningConfig) {
        StringBuilder out = new StringBuilder();
        for (List<String> item : items(runningConfig)) {
            item.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    /** Top-level items: a single line, or a block from its header to its closing line at column 0. */
    private static List<List<String>> items(String runningConfig) {
        List<List<String>> items = new ArrayList<>();
        List<String> block = null;
        for (String line : runningConfig.lines().toList()) {
            if (block != null) {
                block.add(line);
                if (!line.startsWith(" ") && (line.equals("exit") || line.equals("exit-vrf"))) {
                    items.add(block);
                    block = null;
                }
                continue;
            }
            if (line.isBlank() || line.equals("!") || startsWithAny(line, PREAMBLE.toArray(String[]::new))) {
                continue;
            }
            if (opensBlock(line)) {
                block = new ArrayList<>(List.of(line));
            } else {
                items.add(List.of(line));
            }
        }
        return items;
    }

    private static boolean opensBlock(String line) {
        return startsWithAny(line, "interface ", "vrf ", "router ", "mpls ldp", "segment-routing");
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
