package dev.ferry.ldpd.packet;

/**
 * The codec's internal way out of a nested decode: checked, so it cannot escape the public entry points, which
 * turn it into a {@link DecodeResult.Failed}. No stack trace: it is an expected outcome on hostile input.
 */
public final class DecodeException extends Exception {
    private final transient LdpError error;

    public DecodeException(LdpError error) {
        super(error.toString(), null, false, false);
        this.error = error;
    }

    public DecodeException(StatusCode status, String detail) {
        this(LdpError.of(status, detail));
    }

    public LdpError error() {
        return error;
    }
}
