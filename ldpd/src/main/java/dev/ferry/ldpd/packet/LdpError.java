package dev.ferry.ldpd.packet;

/**
 * Why an LDP PDU, message or TLV was refused, and what the RFC requires in return: a Notification carrying
 * {@link #status()}, after which the session closes when the status is fatal ({@link #fatal()}), or the message is
 * ignored and the session goes on when it is advisory. {@link #messageId()} and {@link #messageType()} fill the
 * Status TLV's fields (zero when the error is in the PDU header).
 */
public record LdpError(StatusCode status, int messageId, int messageType, String detail) {
    public LdpError {
        if (status == null || detail == null) {
            throw new IllegalArgumentException("status and detail are required");
        }
    }

    public static LdpError of(StatusCode status, String detail) {
        return new LdpError(status, 0, 0, detail);
    }

    /** The same error, attributed to a message. */
    public LdpError inMessage(int id, int type) {
        return new LdpError(status, id, type, detail);
    }

    /** Whether the session must close (the status's E bit). */
    public boolean fatal() {
        return status.fatal();
    }

    @Override
    public String toString() {
        return status.frrName() + (fatal() ? " (fatal)" : " (advisory)") + ": " + detail;
    }
}
