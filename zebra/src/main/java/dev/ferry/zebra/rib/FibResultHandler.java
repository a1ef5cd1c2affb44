package dev.ferry.zebra.rib;

/** The RIB part that asked for an op and applies its result. */
public interface FibResultHandler {
    void fibResult(FibOp op, FibResult result);
}
