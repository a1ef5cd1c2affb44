package dev.ferry.ospfd.config;

/** `ip ospf authentication [null|message-digest]`: which authentication an interface's packets carry. */
public enum OspfAuthentication {
    /** `ip ospf authentication null`. */
    NULL(" null"),
    /** `ip ospf authentication`: a clear-text password. */
    SIMPLE(""),
    /** `ip ospf authentication message-digest`: keyed MD5. */
    MESSAGE_DIGEST(" message-digest");

    private final String suffix;

    OspfAuthentication(String suffix) {
        this.suffix = suffix;
    }

    /** What follows "ip ospf authentication" in running-config. */
    public String suffix() {
        return suffix;
    }
}
