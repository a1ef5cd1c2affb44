package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.NexthopView;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.bgpd.rib.RibTable;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queue between an instance's Loc-RIB and zebra: it sends each queued prefix as the Loc-RIB has it when it
 * goes (so the newest state wins, and an install then a remove ends removed), only while the client is not
 * backlogged, and the rest when the client calls back.
 */
class ZebraRouteQueueTest {
    private static final AddressFamily V4 = AddressFamily.IPV4_UNICAST;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>(); // the event loop, run by hand
    private final List<String> sent = new ArrayList<>();
    private final List<AddressFamily> sentFamilies = new ArrayList<>();
    private boolean connected = true;
    private int room = Integer.MAX_VALUE; // operations the client takes before it is backlogged
    private int taken;
    private int drains; // drains that left the queue empty

    private final ZebraRouteQueue queue = new ZebraRouteQueue(tasks::add, new ZebraRouteQueue.Zebra() {
        @Override
        public boolean connected() {
            return connected;
        }

        @Override
        public boolean backlogged() {
            return taken >= room;
        }

        @Override
        public void add(AddressFamily family, Prefix prefix, BgpPath best, List<BgpPath> multipaths) {
            taken++;
            sentFamilies.add(family);
            sent.add("add " + prefix + " via " + IpAddresses.format(best.nextHop()) + " x" + (1 + multipaths.size()));
        }

        @Override
        public void delete(AddressFamily family, Prefix prefix) {
            taken++;
            sentFamilies.add(family);
            sent.add("delete " + prefix);
        }
    }, () -> drains++);

    /** The Loc-RIB, telling the queue what BgpRouter.bestChanged tells it. */
    private final RibTable rib = new RibTable(NexthopView.ALL_REACHABLE, (d, old) -> {
        if (BgpRouter.installs(d.best())) {
            queue.install(V4, d);
        } else if (BgpRouter.installs(old)) {
            queue.remove(V4, d.prefix());
        }
    });

    private final PathSource a = source("10.0.0.1", 65001);
    private final PathSource b = source("10.0.0.2", 65002);
    private long n;

    ZebraRouteQueueTest() {
        queue.locRib((f, p) -> rib.get(p));
    }

    private static PathSource source(String address, long asn) {
        return new PathSource(PathSource.Kind.EBGP, IpAddresses.parse(address), Ipv4Addresses.parse(address), asn);
    }

    private BgpPath path(PathSource s, String asPath) {
        return new BgpPath(s, PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse(asPath)), s.address(), 0,
                LocalOrigin.NONE, ++n, 0);
    }

    /** Ends the current loop task: runs what it scheduled; returns what went to zebra. */
    private List<String> endOfTask() {
        for (Runnable r; (r = tasks.poll()) != null; ) {
            r.run();
        }
        List<String> l = List.copyOf(sent);
        sent.clear();
        return l;
    }

    @Test
    void nothingGoesBeforeTheEndOfTheTaskAndThenTheNewestStateOfEachPrefix() {
        Prefix p1 = Prefix.parse("10.1.0.0/24");
        Prefix p2 = Prefix.parse("10.2.0.0/24");
        rib.update(p1, path(a, "65001 65009"));
        rib.update(p2, path(a, "65001"));
        rib.update(p1, path(b, "65002")); // shorter: the new best
        assertEquals(List.of(), sent, "queued, not sent");
        assertEquals(3, queue.size());
        assertEquals(List.of("add 10.1.0.0/24 via 10.0.0.2 x1", "add 10.2.0.0/24 via 10.0.0.1 x1",
                "add 10.1.0.0/24 via 10.0.0.2 x1"), endOfTask(), "p1 twice, each time as it is now");
        assertEquals(0, queue.size());
    }

    @Test
    void anInstallThenARemoveEndsRemovedAndARemoveThenAnInstallEndsWithTheNewPath() {
        Prefix p = Prefix.parse("10.1.0.0/24");
        Prefix other = Prefix.parse("10.9.0.0/24");
        rib.update(p, path(a, "65001"));
        rib.update(other, path(a, "65001"));
        rib.withdraw(p, a);
        assertEquals(List.of("delete 10.1.0.0/24", "add 10.9.0.0/24 via 10.0.0.1 x1", "delete 10.1.0.0/24"),
                endOfTask());

        rib.update(p, path(a, "65001"));
        assertEquals(List.of("add 10.1.0.0/24 via 10.0.0.1 x1"), endOfTask());
        rib.withdraw(p, a);
        rib.update(Prefix.parse("10.5.0.0/24"), path(a, "65001"));
        rib.update(p, path(b, "65002"));
        assertEquals(List.of("add 10.1.0.0/24 via 10.0.0.2 x1", "add 10.5.0.0/24 via 10.0.0.1 x1",
                "add 10.1.0.0/24 via 10.0.0.2 x1"), endOfTask());
    }

    @Test
    void aPrefixWithdrawnAndAnnouncedAgainWhileQueuedIsNotDeletedOnTheWay() {
        Prefix p = Prefix.parse("10.1.0.0/24");
        room = 0; // backlogged: everything waits
        rib.update(p, path(a, "65001"));
        rib.withdraw(p, a); // its destination leaves the Loc-RIB
        rib.update(p, path(b, "65002")); // and the prefix comes back in a new one
        assertEquals(List.of(), endOfTask());
        room = Integer.MAX_VALUE;
        queue.drain();
        assertEquals(List.of("add 10.1.0.0/24 via 10.0.0.2 x1", "add 10.1.0.0/24 via 10.0.0.2 x1",
                "add 10.1.0.0/24 via 10.0.0.2 x1"), endOfTask());
    }

    @Test
    void aPrefixChangedTwiceInARowIsQueuedOnce() {
        Prefix p = Prefix.parse("10.1.0.0/24");
        rib.update(p, path(a, "65001 65009"));
        rib.update(p, path(b, "65002"));
        rib.withdraw(p, b);
        assertEquals(1, queue.size());
        assertEquals(List.of("add 10.1.0.0/24 via 10.0.0.1 x1"), endOfTask());
    }

    @Test
    void theDrainStopsWhileTheClientIsBackloggedAndGoesOnWhenItCallsBack() {
        room = 2;
        for (int i = 0; i < 5; i++) {
            rib.update(Prefix.parse("10." + i + ".0.0/24"), path(a, "65001"));
        }
        assertEquals(List.of("add 10.0.0.0/24 via 10.0.0.1 x1", "add 10.1.0.0/24 via 10.0.0.1 x1"), endOfTask());
        assertEquals(3, queue.size(), "the rest waits");
        rib.withdraw(Prefix.parse("10.3.0.0/24"), a); // meanwhile: withdrawn, and queued again
        assertEquals(List.of(), endOfTask(), "still backlogged");
        assertEquals(4, queue.size());

        room = Integer.MAX_VALUE;
        queue.drain(); // the client's onWritable
        assertEquals(List.of("add 10.2.0.0/24 via 10.0.0.1 x1", "delete 10.3.0.0/24", "add 10.4.0.0/24 via 10.0.0.1 x1",
                "delete 10.3.0.0/24"), endOfTask());
    }

    @Test
    void withoutASessionNothingIsQueuedAndWhatWaitedIsDropped() {
        room = 0;
        rib.update(Prefix.parse("10.1.0.0/24"), path(a, "65001"));
        endOfTask();
        assertEquals(1, queue.size());
        connected = false;
        rib.update(Prefix.parse("10.2.0.0/24"), path(a, "65001"));
        assertEquals(1, queue.size(), "the next session's replay carries it");
        queue.drain();
        assertEquals(0, queue.size(), "and what waited");
    }

    @Test
    void aClosedInstancesQueuedPrefixesGoAsDeletes() {
        Prefix p = Prefix.parse("10.1.0.0/24");
        rib.update(p, path(a, "65001"));
        queue.closed();
        assertEquals(List.of("delete 10.1.0.0/24"), endOfTask(), "the Loc-RIB still has it; the instance is gone");
        assertTrue(queue.finished());
    }

    @Test
    void aRestartForgetsTheQueueAndTheDrainSaysWhenItHasSentEverything() {
        room = 1;
        rib.update(Prefix.parse("10.1.0.0/24"), path(a, "65001"));
        rib.update(Prefix.parse("10.2.0.0/24"), path(a, "65001"));
        rib.update(Prefix.parse("10.3.0.0/24"), path(a, "65001"));
        assertEquals(List.of("add 10.1.0.0/24 via 10.0.0.1 x1"), endOfTask());
        assertEquals(0, drains, "not empty: backlogged");
        queue.restart(); // a new zebra session: the replay queues what it installs
        assertEquals(0, queue.size());
        queue.install(V4, rib.get(Prefix.parse("10.3.0.0/24")));
        assertEquals(List.of(), endOfTask());
        room = Integer.MAX_VALUE;
        queue.drain();
        assertEquals(List.of("add 10.3.0.0/24 via 10.0.0.1 x1"), endOfTask());
        assertEquals(1, drains, "now the session's RoutesComplete can go");
    }

    @Test
    void eachEntryGoesWithItsOwnFamilyThroughChangesOfFamilyAndAcrossBacklogs() {
        AddressFamily v6 = AddressFamily.IPV6_UNICAST;
        room = 3;
        List<AddressFamily> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) { // runs of one family, of changing lengths, past the queue's chunks
            AddressFamily f = (i / 7 + i / 500) % 3 == 0 ? v6 : V4;
            queue.remove(f, Prefix.parse("10." + (i >> 8) + "." + (i & 0xff) + ".0/24"));
            expected.add(f);
        }
        endOfTask();
        while (queue.size() > 0) {
            room += 100;
            queue.drain();
        }
        assertTrue(expected.equals(sentFamilies), "each delete with the family it was queued with");
        assertEquals(3000, taken);
    }
}
