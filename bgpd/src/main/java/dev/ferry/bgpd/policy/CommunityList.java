package dev.ferry.bgpd.policy;

import java.util.Arrays;

/**
 * A standard `bgp community-list` (named, or numbered 1-99). The first entry by sequence that matches decides
 * (FRR's community_list_match): an entry matches a route carrying all of its communities, or, for
 * `match community X exact-match`, exactly its communities; an entry with `internet` matches every route. No
 * match denies.
 */
public final class CommunityList extends SequencedList<CommunityList.Entry> {
    /** The community value of `internet`. */
    public static final int INTERNET = 0;

    /**
     * One `seq N permit|deny COMMUNITIES` line.
     *
     * @param values sorted and without duplicates, as FRR's community_str2com
     * @param text   the communities as FRR writes them back
     */
    public record Entry(long seq, PolicyAction action, int[] values, String text) implements Sequenced {
        boolean matches(int[] route, boolean exact) {
            for (int v : values) {
                if (v == INTERNET) {
                    return true;
                }
            }
            if (route == null) {
                return false;
            }
            if (exact) {
                return Arrays.equals(sortedUnique(route), values);
            }
            for (int v : values) {
                if (Arrays.stream(route).noneMatch(r -> r == v)) {
                    return false;
                }
            }
            return true;
        }
    }

    public CommunityList(String name) {
        super(name);
    }

    /** A numbered list (1-99) prints without the word "standard". */
    public boolean numbered() {
        return name().chars().allMatch(Character::isDigit);
    }

    public boolean isEmpty() {
        return hasNoEntries();
    }

    public Entry find(PolicyAction action, String text) {
        return first(e -> e.action() == action && e.text().equals(text));
    }

    /** @param route the route's communities, or null when it has none */
    public boolean permits(int[] route, boolean exact) {
        Entry e = first(x -> x.matches(route, exact));
        return e != null && e.action() == PolicyAction.PERMIT;
    }

    /** Communities sorted as unsigned numbers without duplicates (FRR's community_uniq_sort). */
    public static int[] sortedUnique(int[] values) {
        return Arrays.stream(values).mapToLong(Integer::toUnsignedLong).distinct().sorted()
                .mapToInt(v -> (int) v).toArray();
    }
}
