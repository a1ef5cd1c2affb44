package dev.ferry.staticd.config;

/** What a blackhole route does with packets, and the word that configures it. */
public enum BlackholeType {
    /** `blackhole`: drop silently. */
    DROP("blackhole"),
    /** `Null0`: drop, as a route to the null interface. */
    NULL("Null0"),
    /** `reject`: drop and send ICMP unreachable. */
    REJECT("reject");

    private final String word;

    BlackholeType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
