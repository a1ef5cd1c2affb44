package dev.ferry.zebra.rib;

/**
 * The kernel's answer to one {@link FibOp}: errno 0 for success, else the errno and the extended ack message
 * (netlink extack; empty when the kernel gave none).
 */
public record FibResult(FibOp op, int errno, String message) {
    public FibResult {
        message = message == null ? "" : message;
    }

    public static FibResult ok(FibOp op) {
        return new FibResult(op, 0, "");
    }

    public static FibResult failed(FibOp op, int errno, String message) {
        return new FibResult(op, errno, message);
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
