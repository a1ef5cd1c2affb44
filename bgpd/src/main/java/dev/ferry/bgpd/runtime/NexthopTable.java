package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.rib.NexthopKey;
import dev.ferry.bgpd.rib.NexthopView;
import dev.ferry.lib.net.IpPrefix;
import java.util.HashMap;
import java.util.Map;

/**
 * BGP's view of zebra's nexthop tracking: every next hop (and `network` prefix address, for the import check)
 * is registered once; zebra answers with whether it resolves, through which route and at which metric, now and
 * on every change. Until zebra has answered, a next hop is unreachable. Without zebra (tests, in-process labs)
 * everything is reachable at metric 0.
 */
public final class NexthopTable implements NexthopView {

    /** Registers addresses with zebra. */
    public interface Registry {
        void register(byte[] address);
    }

    /** zebra's answer for one address. */
    public record Resolution(boolean resolved, long metric, IpPrefix matched) {
    }

    private static final Resolution ALWAYS = new Resolution(true, 0, null);

    private final Registry registry;
    /** Keyed by the address's bits, not its text: the decision process looks up every path it weighs. */
    private final Map<NexthopKey, Resolution> states = new HashMap<>();
    /**
     * The address asked about last (by identity) and its state: the paths of one UPDATE share their next hop's
     * bytes, and the decision process and the tracking ask about every path. Forgotten on every change.
     */
    private byte[] lastAddress;
    private Resolution lastResolution;

    /** @param registry zebra's nexthop tracking, or null for "everything reachable" */
    public NexthopTable(Registry registry) {
        this.registry = registry;
    }

    /** Makes sure zebra tracks {@code address}. */
    public void track(byte[] address) {
        if (registry == null) {
            return;
        }
        if (address == lastAddress) {
            return; // tracked: asked about just now
        }
        NexthopKey key = NexthopKey.of(address);
        if (!states.containsKey(key)) {
            states.put(key, null);
            lastAddress = null;
            registry.register(address);
        }
    }

    /** zebra's update; returns whether anything changed. */
    public boolean update(byte[] address, Resolution r) {
        Resolution before = states.put(NexthopKey.of(address), r);
        lastAddress = null;
        return !r.equals(before);
    }

    public Resolution resolution(byte[] address) {
        if (registry == null) {
            return ALWAYS;
        }
        if (address != lastAddress) {
            NexthopKey key = NexthopKey.of(address);
            lastResolution = states.get(key);
            lastAddress = states.containsKey(key) ? address : null; // an untracked address: track() must look
        }
        return lastResolution;
    }

    @Override
    public boolean reachable(byte[] address) {
        Resolution r = resolution(address);
        return r != null && r.resolved();
    }

    @Override
    public long metric(byte[] address) {
        Resolution r = resolution(address);
        return r == null ? 0 : r.metric();
    }

    /**
     * The `network` import check (FRR's `bgp network import-check`): the prefix must be in zebra's RIB, that is
     * its address must resolve through a route of exactly that prefix.
     */
    public boolean inRib(IpPrefix prefix) {
        if (registry == null) {
            return true;
        }
        Resolution r = states.get(NexthopKey.of(prefix.masked().address()));
        return r != null && r.resolved() && r.matched() != null && r.matched().length() == prefix.length()
                && r.matched().masked().equals(prefix.masked());
    }

    public int size() {
        return states.size();
    }
}
