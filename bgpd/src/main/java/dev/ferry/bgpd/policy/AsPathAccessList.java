package dev.ferry.bgpd.policy;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A `bgp as-path access-list`: regular expressions over the AS path as FRR prints it ("65001 65002 {3,4}"),
 * first match by sequence decides, no match denies (FRR's as_list_apply). `_` stands for a delimiter, the
 * start or the end of the path: FRR's bgp_regcomp turns it into {@code (^|[,{}() ]|$)}.
 */
public final class AsPathAccessList {
    /** The characters FRR's config_bgp_aspath_validate allows. */
    private static final String ALLOWED = "1234567890_^|[,{}() ]$*+.?-\\";

    /** One `seq N permit|deny REGEX` line. */
    public record Entry(long seq, PolicyAction action, String regex, Pattern pattern) {
    }

    private final String name;
    private final TreeMap<Long, Entry> entries = new TreeMap<>();

    public AsPathAccessList(String name) {
        this.name = name;
    }

    public String name() {
        return name;
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

    /** An entry with the same action and expression, or null (FRR's as_list_dup_check). */
    public Entry find(PolicyAction action, String regex) {
        return entries.values().stream().filter(e -> e.action() == action && e.regex().equals(regex)).findFirst()
                .orElse(null);
    }

    public boolean permits(String asPath) {
        for (Entry e : entries.values()) {
            if (e.pattern().matcher(asPath).find()) {
                return e.action() == PolicyAction.PERMIT;
            }
        }
        return false;
    }

    /** FRR's expression compiled, or null when it does not compile or uses a character FRR refuses. */
    public static Pattern compile(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            if (ALLOWED.indexOf(regex.charAt(i)) < 0) {
                return null;
            }
        }
        try {
            return Pattern.compile(regex.replace("_", "(^|[,{}() ]|$)"));
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
