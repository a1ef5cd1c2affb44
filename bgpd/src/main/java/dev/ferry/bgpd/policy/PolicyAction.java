package dev.ferry.bgpd.policy;

/** What a matching entry of a prefix-list, access-list, community-list or route-map does. */
public enum PolicyAction {
    PERMIT,
    DENY;

    /** "permit" or "deny", as FRR writes it. */
    public String word() {
        return this == PERMIT ? "permit" : "deny";
    }

    public static PolicyAction of(String word) {
        return word.equals("permit") ? PERMIT : DENY;
    }
}
