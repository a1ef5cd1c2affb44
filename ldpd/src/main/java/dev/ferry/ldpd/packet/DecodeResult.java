package dev.ferry.ldpd.packet;

/** What a public decoder returns: the decoded value, or the error with the reaction the RFC requires. */
public sealed interface DecodeResult<T> {
    /** Decoded. */
    record Ok<T>(T value) implements DecodeResult<T> {
    }

    /** Refused, with the Notification status to send. */
    record Failed<T>(LdpError error) implements DecodeResult<T> {
    }

    /** Runs a nested decode, mapping its checked failure to {@link Failed}. */
    static <T> DecodeResult<T> of(Decoding<T> decoding) {
        try {
            return new Ok<>(decoding.decode());
        } catch (DecodeException e) {
            return new Failed<>(e.error());
        }
    }

    /** A decode step that may fail with an LDP error. */
    @FunctionalInterface
    interface Decoding<T> {
        T decode() throws DecodeException;
    }

    default boolean ok() {
        return this instanceof Ok<T>;
    }

    /** The value; throws IllegalStateException on a failure (for callers that checked {@link #ok()}). */
    default T value() {
        if (this instanceof Ok<T>(T v)) {
            return v;
        }
        throw new IllegalStateException("decode failed: " + ((Failed<T>) this).error());
    }

    /** The error; throws IllegalStateException when the decode succeeded. */
    default LdpError error() {
        if (this instanceof Failed<T>(LdpError e)) {
            return e;
        }
        throw new IllegalStateException("decode succeeded");
    }
}
