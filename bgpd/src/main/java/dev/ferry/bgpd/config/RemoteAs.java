package dev.ferry.bgpd.config;

/**
 * A neighbor's `remote-as`: a number, or `internal` / `external` (whatever AS the peer turns out to have).
 *
 * @param asn the AS number; 0 for internal/external
 */
public record RemoteAs(Kind kind, long asn) {
    public enum Kind { SPECIFIED, INTERNAL, EXTERNAL }

    public static RemoteAs parse(String word) {
        return switch (word) {
            case "internal" -> new RemoteAs(Kind.INTERNAL, 0);
            case "external" -> new RemoteAs(Kind.EXTERNAL, 0);
            default -> new RemoteAs(Kind.SPECIFIED, Long.parseLong(word));
        };
    }

    /** Whether a session with this peer is internal BGP for a router in {@code localAs}. */
    public boolean isInternalFor(long localAs) {
        return kind == Kind.INTERNAL || (kind == Kind.SPECIFIED && asn == localAs);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case INTERNAL -> "internal";
            case EXTERNAL -> "external";
            case SPECIFIED -> Long.toString(asn);
        };
    }
}
