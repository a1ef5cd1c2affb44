package dev.ferry.ldpd.label;

import dev.ferry.ldpd.packet.LdpId;
import java.util.List;

/** What the label base asks of the daemon: messages to peers, LSPs to zebra, labels from zebra. */
public interface LibSink {
    /** One leg of an LSP: towards {@code gateway} on {@code ifindex}, swapping to {@code outLabel} (3: pop). */
    record LspHop(int gateway, int ifindex, int outLabel) {
    }

    void sendMapping(LdpId peer, Fec fec, int label);

    void sendWithdraw(LdpId peer, Fec fec, int label);

    void sendRelease(LdpId peer, Fec fec, int label);

    /** Install (or replace) the LSP of {@code inLabel}, with the FTN of {@code fec}. */
    void installLsp(int inLabel, Fec fec, List<LspHop> hops);

    void removeLsp(int inLabel);

    /** The label pool runs low: ask zebra's label manager for a chunk. */
    void needLabels();
}
