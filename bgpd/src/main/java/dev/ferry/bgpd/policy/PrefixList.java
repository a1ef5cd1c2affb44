package dev.ferry.bgpd.policy;

import dev.ferry.lib.net.IpPrefix;

/**
 * An `ip prefix-list` or `ipv6 prefix-list`: entries by sequence number, the first (lowest) matching one
 * decides, and a prefix no entry matches is denied. A list with no entries (only a description) permits
 * everything, as FRR's prefix_list_apply_ext.
 */
public final class PrefixList extends SequencedList<PrefixListEntry> {
    private final boolean ipv6;
    private String description;

    public PrefixList(String name, boolean ipv6) {
        super(name);
        this.ipv6 = ipv6;
    }

    public boolean ipv6() {
        return ipv6;
    }

    public String description() {
        return description;
    }

    public void description(String text) {
        this.description = text;
    }

    public boolean isEmpty() {
        return hasNoEntries() && description == null;
    }

    /** An entry with the same action, prefix and bounds (FRR's plist_is_dup), or null. */
    public PrefixListEntry find(PolicyAction action, IpPrefix prefix, int ge, int le, boolean any) {
        return first(e -> e.action() == action && e.any() == any && (any || (e.prefix().equals(prefix)
                && e.ge() == ge && e.le() == le)));
    }

    /** The entry that decides for {@code p}, or null when none matches. */
    public PrefixListEntry match(IpPrefix p) {
        return first(e -> e.matches(p));
    }

    public boolean permits(IpPrefix p) {
        if (hasNoEntries()) {
            return true;
        }
        PrefixListEntry e = match(p);
        return e != null && e.action() == PolicyAction.PERMIT;
    }
}
