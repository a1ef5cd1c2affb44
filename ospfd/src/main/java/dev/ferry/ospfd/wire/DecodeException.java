package dev.ferry.ospfd.wire;

/**
 * The checked exception the codec's inner decoders use to unwind to the public entry points, which turn it into a
 * {@link DecodeResult}. No stack trace: bad packets are routine input, not bugs.
 */
public final class DecodeException extends Exception {
    private final transient DecodeError error;

    public DecodeException(DecodeError.Reason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.error = new DecodeError(reason, detail);
    }

    public DecodeError error() {
        return error;
    }
}
