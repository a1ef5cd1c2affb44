package dev.ferry.bgpd.policy;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A standard `bgp community-list` (named, or numbered 1-99). The first entry by sequence that matches decides
 * (FRR's community_list_match): an entry matches a route carrying all of its communities, or, for
 * `match community X exact-match`, exactly its communities; an entry with `internet` matches every route. No
 * match denies.
 */
public final class CommunityList {
    /** The community value of `internet`. */
    public static final int INTERNET = 0;

    /**
     * One `seq N permit|deny COMMUNITIES` line.
     *
     * @param values sorted and without duplicates, as FRR's community_str2com
     * @param text   the communities as FRR writes them back
     */
    public record Entry(long seq, PolicyAction action, int[] values, String text) {
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

    private final String name;
    private final TreeMap<Long, Entry> entries = new TreeMap<>();

    public CommunityList(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** A numbered list (1-99) prints without the word "standard". */
    public boolean numbered() {
        return name.chars().allMatch(Character::isDigit);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long nextSeq() {
        return entries.isEmpty() ? 5 : entries.lastKey() + 5;
    }

    public void put(Entry e) {
        entries.put(e.seq(), e);
    }

    public void remove(long seq) {
        entries.remove(seq);
    }

    public Entry find(PolicyAction action, String text) {
        return entries.values().stream().filter(e -> e.action() == action && e.text().equals(text)).findFirst()
                .orElse(null);
    }

    /** @param route the route's communities, or null when it has none */
    public boolean permits(int[] route, boolean exact) {
        for (Entry e : entries.values()) {
            if (e.matches(route, exact)) {
                return e.action() == PolicyAction.PERMIT;
            }
        }
        return false;
    }

    /** Communities sorted as unsigned numbers without duplicates (FRR's community_uniq_sort). */
    public static int[] sortedUnique(int[] values) {
        return Arrays.stream(values).mapToLong(Integer::toUnsignedLong).distinct().sorted()
                .mapToInt(v -> (int) v).toArray();
    }
}
