package dev.ferry.zebra.rib;

/**
 * The kernel's answer to one {@link FibOp}: errno 0 for success, else the errno and the extended ack message
 * (netlink extack; empty when the kernel gave none). Successes share {@link #OK}: a full table's million
 * answers are then no objects of their own ({@link FibAnswers} pairs each with its op).
 */
public record FibResult(int errno, String message) {
    public static final FibResult OK = new FibResult(0, "");

    public FibResult {
        message = message == null ? "" : message;
    }

    public static FibResult failed(int errno, String message) {
        return new FibResult(errno, message);
    }

    public boolean isOk() {
        return errno == 0;
    }

    /** "Operation not supported (errno 95): lwt encapsulation type not supported". */
    public String reason() {
        String base = Errno.describe(errno);
        return message.isEmpty() ? base : base + ": " + message;
    }
}
