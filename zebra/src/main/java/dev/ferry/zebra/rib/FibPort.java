package dev.ferry.zebra.rib;

import java.util.List;

/**
 * The boundary between the RIB and the kernel dataplane (FRR's dplane: zebra_dplane.c). The RIB submits
 * batches of ops from its event loop; the dataplane programs them on its own thread, in order, and answers
 * each op exactly once through the sink it was connected to, posting the answers back to the RIB's loop
 * (batched as it likes). An op whose answer has not come back yet is "in flight": its route shows as
 * queued ('q') in `show ip route`.
 */
public interface FibPort {
    /** Called once by the RIB before the first submit. */
    void connect(FibResultSink sink);

    /** Queues ops for the kernel; must not block the caller. */
    void submit(List<FibOp> ops);

    /**
     * Whether IP routes go to the kernel with their MPLS labels. A kernel without MPLS gets them without: the
     * route still forwards (unlabelled, as FRR's zebra does when it finds no MPLS), and `show` says so.
     */
    default boolean pushesLabels() {
        return true;
    }
}
