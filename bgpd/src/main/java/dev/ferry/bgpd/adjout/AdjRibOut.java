package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.attr.MpNextHop;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.message.MessageSink;
import dev.ferry.bgpd.message.UpdatePacker;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one peer has been sent in one family (the Adj-RIB-Out) and what it is still to be sent. Changes are
 * collected per prefix ({@link #offer}); {@link #flush} sends them, packed into as few UPDATEs as possible
 * (one packer per distinct attribute set, withdrawals together). A change that returns to what the peer already
 * has is dropped before anything is sent. Routes are keyed by their NLRI: a prefix, or for VPN families the
 * withdrawal form of the VPN prefix ({@link VpnPrefix#withdrawal}: RD and prefix), the label riding on the
 * {@link OutRoute}.
 */
public final class AdjRibOut {
    private static final OutRoute WITHDRAW = new OutRoute(PathAttributes.EMPTY, new byte[0]);

    private final AddressFamily family;
    private final Map<Nlri, OutRoute> sent = new HashMap<>();
    private final Map<Nlri, OutRoute> pending = new LinkedHashMap<>();
    private final ExportMemo exports = new ExportMemo();

    public AdjRibOut(AddressFamily family) {
        this.family = family;
    }

    public AddressFamily family() {
        return family;
    }

    /** What the peer should have for {@code prefix} now (null: nothing). */
    public void offer(Nlri prefix, OutRoute route) {
        OutRoute have = sent.get(prefix);
        if (route == null ? have == null : route.equals(have)) {
            pending.remove(prefix);
        } else {
            pending.put(prefix, route == null ? WITHDRAW : route);
        }
    }

    /** What the peer is to be sent for {@code prefix}'s best path (null: nothing), through this peer's memo. */
    public OutRoute export(Nlri prefix, BgpPath best, ExportTarget to) {
        return exports.export(prefix, best, to);
    }

    /** Whether nothing was sent and nothing waits: an offer of no route is then a no-op. */
    public boolean isEmpty() {
        return sent.isEmpty() && pending.isEmpty();
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Routes the peer has been sent. */
    public int sentCount() {
        return sent.size();
    }

    public OutRoute sent(Nlri prefix) {
        return sent.get(prefix);
    }

    public Map<Nlri, OutRoute> sentRoutes() {
        return Map.copyOf(sent);
    }

    /** Forgets what was sent (the session ended, or the peer asked for everything again). */
    public void clear() {
        sent.clear();
        pending.clear();
    }

    /** Forgets what was sent, so the next offers are all sent again (ROUTE-REFRESH, `clear ... soft out`). */
    public void forgetSent() {
        sent.clear();
    }

    /** Sends the pending changes through {@code sink}; returns the number of UPDATE messages. */
    public int flush(CodecContext ctx, MessageSink sink) {
        if (pending.isEmpty()) {
            return 0;
        }
        Map<OutRoute, List<Nlri>> groups = new LinkedHashMap<>();
        List<Nlri> withdrawn = new ArrayList<>();
        for (Map.Entry<Nlri, OutRoute> e : pending.entrySet()) {
            if (e.getValue() == WITHDRAW) {
                withdrawn.add(e.getKey());
                sent.remove(e.getKey());
            } else {
                groups.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
                sent.put(e.getKey(), e.getValue());
            }
        }
        pending.clear();
        int messages = 0;
        if (!withdrawn.isEmpty()) {
            UpdatePacker w = family.equals(AddressFamily.IPV4_UNICAST) ? UpdatePacker.ipv4Withdraw(ctx, sink)
                    : UpdatePacker.mpUnreach(family, ctx, sink);
            withdrawn.forEach(w::add);
            w.flush();
            messages += w.messages();
        }
        for (Map.Entry<OutRoute, List<Nlri>> g : groups.entrySet()) {
            UpdatePacker p = packer(g.getKey(), ctx, sink);
            int label = g.getKey().label();
            for (Nlri n : g.getValue()) {
                p.add(n instanceof VpnPrefix v ? VpnPrefix.of(v.rd(), label, v.prefix()) : n);
            }
            p.flush();
            messages += p.messages();
        }
        return messages;
    }

    private UpdatePacker packer(OutRoute r, CodecContext ctx, MessageSink sink) {
        byte[] nh = r.nextHop();
        if (family.equals(AddressFamily.IPV4_UNICAST) && nh.length == 4) {
            PathAttributes a = ExportPolicy.sorted(r.attributes().with(NextHop.of(ByteBuffer.wrap(nh).getInt())));
            return UpdatePacker.ipv4(a, ctx, sink);
        }
        MpNextHop mp;
        if (family.isVpn()) {
            mp = nh.length == 16 ? MpNextHop.vpnIpv6(nh, null) : MpNextHop.vpnIpv4(nh);
        } else {
            mp = nh.length == 16 ? MpNextHop.ipv6(nh, null) : MpNextHop.ipv4(nh);
        }
        return UpdatePacker.mpReach(family, mp, r.attributes(), ctx, sink);
    }
}
