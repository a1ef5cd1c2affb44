package dev.ferry.ldpd.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.LdpId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adjacencies under a hand-driven clock: creation, hold time agreement, refresh, expiry. */
class DiscoveryTest {
    private static final LdpId PEER = LdpId.of("9.9.9.9");
    private static final LdpId OTHER = LdpId.of("2.2.2.2");

    /** A clock the test moves. */
    private static final class ManualClock implements InstantSource {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(int seconds) {
            now = now.plus(Duration.ofSeconds(seconds));
        }
    }

    private final ManualClock clock = new ManualClock();
    private final Discovery discovery = new Discovery(clock);

    private Discovery.HelloResult hello(String ifname, LdpId peer, int peerHold, int localHold) {
        return discovery.hello(ifname, 2, peer, Ipv4.parse("10.1.1.254"), Ipv4.parse("9.9.9.9"), peerHold, localHold)
                .orElseThrow();
    }

    @Test
    void firstHelloCreatesTheAdjacencyWithTheSmallerHoldTime() {
        Discovery.HelloResult r = hello("eth0", PEER, 30, 15);
        assertTrue(r.created());
        assertEquals(15, r.adjacency().holdtime());
        assertEquals(Ipv4.parse("9.9.9.9"), r.adjacency().transport());
        assertFalse(hello("eth0", PEER, 10, 15).created());
        assertEquals(10, discovery.all().getFirst().holdtime());
    }

    @Test
    void zeroHoldTimeMeansTheLinkDefault() {
        assertEquals(15, hello("eth0", PEER, 0, 45).adjacency().holdtime());
    }

    @Test
    void holdTimeBelowTheMinimumIsRefused() {
        assertTrue(discovery.hello("eth0", 2, PEER, 1, 1, 2, 15).isEmpty());
        assertTrue(discovery.all().isEmpty());
    }

    @Test
    void adjacencyExpiresWhenNoHelloComesWithinTheHoldTime() {
        hello("eth0", PEER, 15, 15);
        clock.advance(14);
        assertTrue(discovery.expire().isEmpty());
        assertEquals(1, discovery.remainingSeconds(discovery.all().getFirst()));
        hello("eth0", PEER, 15, 15);
        clock.advance(14);
        assertTrue(discovery.expire().isEmpty(), "the second Hello restarted the hold time");
        clock.advance(1);
        List<Adjacency> gone = discovery.expire();
        assertEquals(1, gone.size());
        assertEquals(PEER, gone.getFirst().peer());
        assertTrue(discovery.of(PEER).isEmpty());
    }

    @Test
    void infiniteHoldTimeNeverExpires() {
        Adjacency a = hello("eth0", PEER, 0xffff, 0xffff).adjacency();
        assertNull(a.expires());
        clock.advance(1_000_000);
        assertTrue(discovery.expire().isEmpty());
    }

    @Test
    void adjacenciesAreKeptPerInterfaceAndPeerAndListedInInterfaceOrder() {
        hello("eth1", PEER, 15, 15);
        hello("eth0", PEER, 15, 15);
        hello("eth0", OTHER, 15, 15);
        assertEquals(List.of("eth0/2.2.2.2:0", "eth0/9.9.9.9:0", "eth1/9.9.9.9:0"),
                discovery.all().stream().map(a -> a.ifname() + "/" + a.peer()).toList());
        assertEquals(2, discovery.of(PEER).size());
        assertEquals(2, discovery.count("eth0"));
        assertEquals(2, discovery.removeInterface("eth0").size());
        assertEquals(1, discovery.all().size());
    }
}
