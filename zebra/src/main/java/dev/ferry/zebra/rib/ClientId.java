package dev.ferry.zebra.rib;

/** An opaque handle on a client session (a protocol daemon connected over the zebra API). */
public record ClientId(long value) {
    @Override
    public String toString() {
        return "client#" + value;
    }
}
