package dev.ferry.bgpd.policy;

import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One `set ...` line of a route-map entry, applied in order when a permit entry matches. An entry has at most
 * one clause of each {@link #command()}.
 */
public sealed interface SetClause {
    /** FRR's rule command string, as `show route-map` prints it: "local-preference". */
    String command();

    /** FRR's rule string: "200", "+10", "65000:1 additive". */
    String argument();

    void apply(PolicyRoute route);

    default String configLine() {
        return "set " + command() + " " + argument();
    }

    /** A value with FRR's optional sign: set it, or add/subtract saturating at 0 and 2^32-1 (route_value_adjust). */
    record Adjustment(char op, long value) {
        static final long MAX = 0xFFFFFFFFL;

        /** "200", "+10", "-10"; null when not a number in range. */
        public static Adjustment parse(String text) {
            char op = text.startsWith("+") || text.startsWith("-") ? text.charAt(0) : '=';
            try {
                long v = Long.parseLong(op == '=' ? text : text.substring(1));
                return v < 0 || v > MAX ? null : new Adjustment(op, v);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        long applyTo(long current) {
            return switch (op) {
                case '+' -> Math.min(MAX, current + value);
                case '-' -> Math.max(0, current - value);
                default -> value;
            };
        }

        @Override
        public String toString() {
            return (op == '=' ? "" : String.valueOf(op)) + value;
        }
    }

    /** `set local-preference [+|-]N`. */
    record LocalPreference(Adjustment value) implements SetClause {
        @Override
        public String command() {
            return "local-preference";
        }

        @Override
        public String argument() {
            return value.toString();
        }

        @Override
        public void apply(PolicyRoute route) {
            route.localPreference(value.applyTo(route.localPreference()));
        }
    }

    /** `set metric [+|-]N`. */
    record Metric(Adjustment value) implements SetClause {
        @Override
        public String command() {
            return "metric";
        }

        @Override
        public String argument() {
            return value.toString();
        }

        @Override
        public void apply(PolicyRoute route) {
            route.metric(value.applyTo(route.metric()));
        }
    }

    /**
     * `set community COMMUNITIES [additive]` or `set community none`.
     *
     * @param values sorted and unique; empty for `none`
     * @param text   the communities as FRR writes them ("none" for none)
     */
    record Community(int[] values, String text, boolean additive) implements SetClause {
        public static Community none() {
            return new Community(new int[0], "none", false);
        }

        @Override
        public String command() {
            return "community";
        }

        @Override
        public String argument() {
            return text + (additive ? " additive" : "");
        }

        @Override
        public void apply(PolicyRoute route) {
            if (values.length == 0) {
                route.communities(null);
                return;
            }
            int[] old = route.communities();
            if (!additive || old == null) {
                route.communities(values.clone());
                return;
            }
            int[] merged = Arrays.copyOf(old, old.length + values.length);
            System.arraycopy(values, 0, merged, old.length, values.length);
            route.communities(CommunityList.sortedUnique(merged));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Community c && Arrays.equals(c.values, values) && c.additive == additive;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values) * 31 + Boolean.hashCode(additive);
        }
    }

    /** `set ip next-hop A.B.C.D` and `set ipv6 next-hop global X:X::X:X`. */
    record NextHop(byte[] address) implements SetClause {
        @Override
        public String command() {
            return address.length == 4 ? "ip next-hop" : "ipv6 next-hop global";
        }

        @Override
        public String argument() {
            return IpAddresses.format(address);
        }

        @Override
        public void apply(PolicyRoute route) {
            route.nextHop(address.clone());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NextHop n && Arrays.equals(n.address, address);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(address);
        }
    }

    /** `set as-path prepend ASN...`. */
    record Prepend(long[] asns) implements SetClause {
        @Override
        public String command() {
            return "as-path prepend";
        }

        @Override
        public String argument() {
            return Arrays.stream(asns).mapToObj(Long::toString).collect(Collectors.joining(" "));
        }

        @Override
        public void apply(PolicyRoute route) {
            route.prepend(asns.clone());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prepend p && Arrays.equals(p.asns, asns);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(asns);
        }
    }

    /** `set weight N`. */
    record Weight(long value) implements SetClause {
        @Override
        public String command() {
            return "weight";
        }

        @Override
        public String argument() {
            return Long.toString(value);
        }

        @Override
        public void apply(PolicyRoute route) {
            route.weight(value);
        }
    }
}
