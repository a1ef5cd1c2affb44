package dev.ferry.bgpd.policy;

/**
 * One `match ...` line of a route-map entry. An entry has at most one clause of each {@link #command()}
 * (a new one replaces the old, as in FRR); all of them must match. A clause naming a list that does not
 * exist does not match (FRR's route_match_* return RMAP_NOMATCH).
 */
public sealed interface MatchClause {
    /** FRR's rule command string, as `show route-map` prints it: "ip address prefix-list". */
    String command();

    /** FRR's rule string: the list name, then " exact-match" where given. */
    String argument();

    boolean matches(PolicyRoute route, Policies policies);

    /** The running-config line, without indentation. */
    default String configLine() {
        return "match " + command() + " " + argument();
    }

    /** `match ip address prefix-list NAME` (and `match ipv6 address prefix-list NAME`). */
    record PrefixListMatch(String name, boolean ipv6) implements MatchClause {
        @Override
        public String command() {
            return (ipv6 ? "ipv6" : "ip") + " address prefix-list";
        }

        @Override
        public String argument() {
            return name;
        }

        @Override
        public boolean matches(PolicyRoute route, Policies policies) {
            PrefixList list = policies.prefixList(name, ipv6);
            return list != null && list.permits(route.prefix());
        }
    }

    /** `match community NAME [exact-match]`. */
    record CommunityMatch(String name, boolean exact) implements MatchClause {
        @Override
        public String command() {
            return "community";
        }

        @Override
        public String argument() {
            return name + (exact ? " exact-match" : "");
        }

        @Override
        public boolean matches(PolicyRoute route, Policies policies) {
            CommunityList list = policies.communityList(name);
            return list != null && list.permits(route.communities(), exact);
        }
    }

    /** `match as-path NAME`. */
    record AsPathMatch(String name) implements MatchClause {
        @Override
        public String command() {
            return "as-path";
        }

        @Override
        public String argument() {
            return name;
        }

        @Override
        public boolean matches(PolicyRoute route, Policies policies) {
            AsPathAccessList list = policies.asPathList(name);
            return list != null && list.permits(route.asPath());
        }
    }
}
