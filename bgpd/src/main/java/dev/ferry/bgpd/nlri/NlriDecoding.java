package dev.ferry.bgpd.nlri;

import java.util.List;

/**
 * What decoding an NLRI field gave: the entries, or why the field is malformed (then the entries read before
 * the fault are kept only for logging; RFC 7606 section 5.3 forbids acting on them).
 */
public record NlriDecoding<T extends Nlri>(List<T> entries, String error) {
    public static <T extends Nlri> NlriDecoding<T> ok(List<T> entries) {
        return new NlriDecoding<>(entries, null);
    }

    public static <T extends Nlri> NlriDecoding<T> malformed(List<T> sofar, String error) {
        return new NlriDecoding<>(sofar, error);
    }

    public boolean isMalformed() {
        return error != null;
    }
}
