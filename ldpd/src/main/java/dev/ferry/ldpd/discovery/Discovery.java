package dev.ferry.ldpd.discovery;

import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.tlv.CommonHelloParamsTlv;
import dev.ferry.lib.net.InterfaceNames;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Basic discovery's adjacencies (RFC 5036 section 2.4.1, FRR's hello.c): one per (interface, peer LSR id),
 * created or refreshed by each Link Hello, gone when its hold time passes without one. Time comes from the
 * injected clock; the daemon calls {@link #expire()} once a second. Runs on the daemon's loop.
 */
public final class Discovery {
    /** FRR's LINK_DFLT_HOLDTIME: what a Hello hold time of 0 means. */
    public static final int DEFAULT_LINK_HOLDTIME = 15;
    /** FRR's MIN_HOLDTIME: shorter hold times are refused. */
    public static final int MIN_HOLDTIME = 3;

    private record Key(String ifname, LdpId peer) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::ifname, InterfaceNames.ORDER)
            .thenComparing(Key::peer, dev.ferry.ldpd.label.LabelBase.PEER_ORDER);

    /** What a Hello did: its adjacency, and whether that adjacency is new. */
    public record HelloResult(Adjacency adjacency, boolean created) {
    }

    private final InstantSource clock;
    private final Map<Key, Adjacency> adjacencies = new TreeMap<>(ORDER);

    public Discovery(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * A Link Hello arrived on {@code ifname} from {@code peer}: refresh or create its adjacency. Returns empty
     * when the Hello's hold time is invalid (below {@link #MIN_HOLDTIME}, not 0), as FRR drops such Hellos.
     *
     * @param peerHoldtime  the Hello's hold time (0: the default)
     * @param localHoldtime this interface's configured hold time
     */
    public Optional<HelloResult> hello(String ifname, int ifindex, LdpId peer, int source, int transport,
            int peerHoldtime, int localHoldtime) {
        if (peerHoldtime != 0 && peerHoldtime < MIN_HOLDTIME) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Key key = new Key(ifname, peer);
        Adjacency a = adjacencies.get(key);
        boolean created = a == null;
        if (created) {
            a = new Adjacency(ifname, peer, now);
            adjacencies.put(key, a);
        }
        a.ifindex = ifindex;
        a.source = source;
        a.transport = transport;
        a.holdtime = Math.min(localHoldtime, peerHoldtime == 0 ? DEFAULT_LINK_HOLDTIME : peerHoldtime);
        a.expires = a.holdtime == CommonHelloParamsTlv.INFINITE_HOLD_TIME ? null
                : now.plusSeconds(a.holdtime);
        return Optional.of(new HelloResult(a, created));
    }

    /** Removes and returns the adjacencies whose hold time has passed. */
    public List<Adjacency> expire() {
        Instant now = clock.instant();
        List<Adjacency> gone = new ArrayList<>();
        adjacencies.values().removeIf(a -> {
            boolean dead = a.expires != null && !now.isBefore(a.expires);
            if (dead) {
                gone.add(a);
            }
            return dead;
        });
        return gone;
    }

    /** Removes and returns the adjacencies of an interface (LDP stopped on it, or it went down). */
    public List<Adjacency> removeInterface(String ifname) {
        List<Adjacency> gone = new ArrayList<>();
        adjacencies.values().removeIf(a -> {
            boolean match = a.ifname().equals(ifname);
            if (match) {
                gone.add(a);
            }
            return match;
        });
        return gone;
    }

    /** Removes every adjacency. */
    public List<Adjacency> clear() {
        List<Adjacency> all = new ArrayList<>(adjacencies.values());
        adjacencies.clear();
        return all;
    }

    /** The adjacencies, by interface name then peer (FRR's order in show commands). */
    public List<Adjacency> all() {
        return List.copyOf(adjacencies.values());
    }

    /** The adjacencies with one peer. */
    public List<Adjacency> of(LdpId peer) {
        return adjacencies.values().stream().filter(a -> a.peer().equals(peer)).toList();
    }

    /** How many adjacencies an interface has. */
    public int count(String ifname) {
        return (int) adjacencies.values().stream().filter(a -> a.ifname().equals(ifname)).count();
    }

    /** Seconds until the adjacency expires (its hold time when infinite). */
    public long remainingSeconds(Adjacency a) {
        if (a.expires == null) {
            return a.holdtime;
        }
        return Math.max(0, Duration.between(clock.instant(), a.expires).toSeconds());
    }
}
