package dev.ferry.zebra.rib.mpls;

import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibResultHandler;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.LspType;
import java.util.List;

/**
 * Install, replace or delete a label route (AF_MPLS): packets arriving with {@code inLabel} leave through the
 * given next hops with their outgoing label stacks (implicit-null 3 means pop).
 */
public final class LspOp extends FibOp {
    /** One next hop of the op. */
    public record Hop(IpAddress gateway, int ifindex, int[] outLabels) {
    }

    private final int inLabel;
    private final List<Hop> hops;
    final Lsp lsp;

    LspOp(Action action, Lsp lsp, List<Hop> hops, FibResultHandler handler) {
        super(action, handler);
        this.lsp = lsp;
        this.inLabel = lsp.inLabel();
        this.hops = List.copyOf(hops);
    }

    public int inLabel() {
        return inLabel;
    }

    public List<Hop> hops() {
        return hops;
    }

    /** The owner of the selected next hops (its rtm_protocol marks the kernel entry). */
    public LspType type() {
        for (Nhlfe n : lsp.nhlfes()) {
            if (n.isSelected()) {
                return n.type();
            }
        }
        return LspType.NONE;
    }

    @Override
    public boolean needsMpls() {
        return true;
    }

    @Override
    public String describe() {
        return "LSP " + inLabel;
    }

    @Override
    public String toString() {
        return action() + " " + describe() + " " + hops.size() + " hops";
    }
}
