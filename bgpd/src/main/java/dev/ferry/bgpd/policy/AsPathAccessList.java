package dev.ferry.bgpd.policy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A `bgp as-path access-list`: regular expressions over the AS path as FRR prints it ("65001 65002 {3,4}"),
 * first match by sequence decides, no match denies (FRR's as_list_apply). `_` stands for a delimiter, the
 * start or the end of the path: FRR's bgp_regcomp turns it into {@code (^|[,{}() ]|$)}.
 */
public final class AsPathAccessList extends SequencedList<AsPathAccessList.Entry> {
    /** The characters FRR's config_bgp_aspath_validate allows. */
    private static final String ALLOWED = "1234567890_^|[,{}() ]$*+.?-\\";

    /** One `seq N permit|deny REGEX` line. */
    public record Entry(long seq, PolicyAction action, String regex, Pattern pattern) implements Sequenced {
    }

    public AsPathAccessList(String name) {
        super(name);
    }

    public boolean isEmpty() {
        return hasNoEntries();
    }

    /** An entry with the same action and expression, or null (FRR's as_list_dup_check). */
    public Entry find(PolicyAction action, String regex) {
        return first(e -> e.action() == action && e.regex().equals(regex));
    }

    public boolean permits(String asPath) {
        Entry e = first(x -> x.pattern().matcher(asPath).find());
        return e != null && e.action() == PolicyAction.PERMIT;
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
