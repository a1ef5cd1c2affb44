package dev.ferry.ospfd.wire;

import java.util.function.Function;

/**
 * What a decoder gives back: the decoded value or a typed {@link DecodeError}. Decoders never throw an unchecked
 * exception on any input.
 */
public sealed interface DecodeResult<T> {

    record Ok<T>(T value) implements DecodeResult<T> {
    }

    record Failed<T>(DecodeError error) implements DecodeResult<T> {
    }

    static <T> DecodeResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> DecodeResult<T> failed(DecodeError error) {
        return new Failed<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }

    /** The value; for code that has already checked {@link #isOk()} (tests mostly). */
    default T value() {
        if (this instanceof Ok<T>(T v)) {
            return v;
        }
        throw new IllegalStateException("not decoded: " + error());
    }

    /** The error, or null when decoded. */
    default DecodeError error() {
        return this instanceof Failed<T>(DecodeError e) ? e : null;
    }

    default <U> DecodeResult<U> map(Function<T, U> f) {
        return switch (this) {
            case Ok<T>(T v) -> new Ok<>(f.apply(v));
            case Failed<T>(DecodeError e) -> new Failed<>(e);
        };
    }
}
