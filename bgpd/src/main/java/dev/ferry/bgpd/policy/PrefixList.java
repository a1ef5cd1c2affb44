package dev.ferry.bgpd.policy;

import dev.ferry.lib.net.IpPrefix;
import java.util.List;
import java.util.TreeMap;

/**
 * An `ip prefix-list` or `ipv6 prefix-list`: entries by sequence number, the first (lowest) matching one
 * decides, and a prefix no entry matches is denied. A list with no entries (only a description) permits
 * everything, as FRR's prefix_list_apply_ext.
 */
public final class PrefixList {
    private final String name;
    private final boolean ipv6;
    private final TreeMap<Long, PrefixListEntry> entries = new TreeMap<>();
    private String description;

    public PrefixList(String name, boolean ipv6) {
        this.name = name;
        this.ipv6 = ipv6;
    }

    public String name() {
        return name;
    }

    public boolean ipv6() {
        return ipv6;
    }

    public List<PrefixListEntry> entries() {
        return List.copyOf(entries.values());
    }

    public String description() {
        return description;
    }

    public void description(String text) {
        this.description = text;
    }

    public boolean isEmpty() {
        return entries.isEmpty() && description == null;
    }

    /** FRR's acl_get_seq: the highest sequence number plus 5. */
    public long nextSeq() {
        return entries.isEmpty() ? 5 : entries.lastKey() + 5;
    }

    /** Adds or replaces the entry of its sequence number. */
    public void put(PrefixListEntry e) {
        entries.put(e.seq(), e);
    }

    public PrefixListEntry remove(long seq) {
        return entries.remove(seq);
    }

    /** An entry with the same action, prefix and bounds (FRR's plist_is_dup), or null. */
    public PrefixListEntry find(PolicyAction action, IpPrefix prefix, int ge, int le, boolean any) {
        for (PrefixListEntry e : entries.values()) {
            if (e.action() == action && e.any() == any && (any || (e.prefix().equals(prefix) && e.ge() == ge
                    && e.le() == le))) {
                return e;
            }
        }
        return null;
    }

    /** The entry that decides for {@code p}, or null when none matches. */
    public PrefixListEntry match(IpPrefix p) {
        for (PrefixListEntry e : entries.values()) {
            if (e.matches(p)) {
                return e;
            }
        }
        return null;
    }

    public boolean permits(IpPrefix p) {
        if (entries.isEmpty()) {
            return true;
        }
        PrefixListEntry e = match(p);
        return e != null && e.action() == PolicyAction.PERMIT;
    }
}
