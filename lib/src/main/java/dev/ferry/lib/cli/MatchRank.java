package dev.ferry.lib.cli;

import java.util.Arrays;

/**
 * How well a daemon's commands match a line, so that vtysh can give the line only to the daemons with
 * the best match, as FRR's vtysh does by matching against all daemons' commands at once. Without it,
 * ospf6d would take `router ospf` as an abbreviation of `router ospf6`.
 *
 * <p>A match in the session's own node beats one found by falling back to a parent node (fewer
 * {@code levelsUp}); then the per-word match quality decides, compared from the left.
 */
public record MatchRank(int levelsUp, int[] words) implements Comparable<MatchRank> {

    /** Positive when this rank is better than {@code o}. */
    @Override
    public int compareTo(MatchRank o) {
        if (levelsUp != o.levelsUp) {
            return Integer.compare(o.levelsUp, levelsUp);
        }
        return Arrays.compare(words, o.words);
    }

    /** "LEVELS W1,W2,...", as the VTY `rank` request answers. */
    public String encode() {
        StringBuilder sb = new StringBuilder().append(levelsUp).append(' ');
        for (int i = 0; i < words.length; i++) {
            sb.append(i == 0 ? "" : ",").append(words[i]);
        }
        return sb.toString();
    }

    public static MatchRank decode(String s) {
        String[] parts = s.strip().split(" ", 2);
        String list = parts.length > 1 ? parts[1] : "";
        int[] w = list.isEmpty() ? new int[0] : Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
        return new MatchRank(Integer.parseInt(parts[0]), w);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchRank r && r.levelsUp == levelsUp && Arrays.equals(r.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * levelsUp + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return encode();
    }
}
