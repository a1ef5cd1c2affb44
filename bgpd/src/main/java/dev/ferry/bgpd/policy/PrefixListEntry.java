package dev.ferry.bgpd.policy;

import dev.ferry.lib.net.IpPrefix;

/**
 * One `ip prefix-list NAME seq N permit|deny PREFIX [ge G] [le L]` line (FRR's prefix_list_entry_match):
 * a prefix matches when it lies inside {@code prefix} and its length is exactly the entry's (neither ge nor
 * le given) or within [ge, le] (a missing bound is not checked). `any` is 0.0.0.0/0 le 32 (::/0 le 128).
 *
 * @param prefix the entry's prefix, masked; for `any` the family's default route
 * @param ge     0 when not given
 * @param le     0 when not given
 */
public record PrefixListEntry(long seq, PolicyAction action, IpPrefix prefix, int ge, int le, boolean any) implements SequencedList.Sequenced {

    public static PrefixListEntry any(long seq, PolicyAction action, boolean ipv6) {
        int max = ipv6 ? 128 : 32;
        return new PrefixListEntry(seq, action, new IpPrefix(new byte[ipv6 ? 16 : 4], 0), 0, max, true);
    }

    public boolean matches(IpPrefix p) {
        if (p.address().length != prefix.address().length || p.length() < prefix.length()
                || !new IpPrefix(p.address(), prefix.length()).masked().equals(prefix)) {
            return false;
        }
        if (ge == 0 && le == 0) {
            return p.length() == prefix.length();
        }
        return (le == 0 || p.length() <= le) && (ge == 0 || p.length() >= ge);
    }

    /** The part after "seq N ": "permit 10.0.0.0/8 le 24", "deny any". */
    public String body() {
        if (any) {
            return action.word() + " any";
        }
        return action.word() + " " + prefix + (ge != 0 ? " ge " + ge : "") + (le != 0 ? " le " + le : "");
    }
}
