package dev.ferry.ospfd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.ospfd.core.fsm.NeighborEvent;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaComparison;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.packet.DatabaseDescription;
import dev.ferry.ospfd.packet.LinkStateRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bringing one adjacency's databases in step (RFC 2328 10.6-10.8): the master/slave negotiation, the Database
 * Description exchange with its sequence numbers, duplicates and retransmissions, the MTU check, and the Link
 * State Requests of the Loading state.
 */
final class DatabaseExchange {
    private static final System.Logger LOG = System.getLogger(DatabaseExchange.class.getName());

    private final Neighbor nbr;
    private final Deque<LsaHeader> summary = new ArrayDeque<>();
    /** The LSAs of the last Link State Request sent that have not arrived yet. */
    private final Set<LsaKey> outstanding = new HashSet<>();
    private final LoopTimer ddRetransmit;
    private final LoopTimer requestRetransmit;
    private boolean master;
    private int sequence;
    private int sentHeaders;
    private boolean sentMore;
    private DatabaseDescription lastSent;
    private DatabaseDescription lastReceived;
    private int lastMtuLogged = -1;

    DatabaseExchange(Neighbor nbr) {
        this.nbr = nbr;
        this.ddRetransmit = new LoopTimer(nbr.link.router.loop(), this::resendDd);
        this.requestRetransmit = new LoopTimer(nbr.link.router.loop(), this::sendRequests);
        this.sequence = (int) (System.currentTimeMillis() / 1000);
    }

    int summarySize() {
        return summary.size();
    }

    boolean isMaster() {
        return master;
    }

    int sequence() {
        return sequence;
    }

    /** The I/M/MS bits of the last Database Description sent, 0 before any. */
    int lastSentFlags() {
        return lastSent == null ? 0 : lastSent.flags();
    }

    /** The database summary list: what is still to be described to the neighbor. */
    java.util.List<dev.ferry.ospfd.lsa.LsaKey> summaryKeys() {
        return summary.stream().map(LsaHeader::key).toList();
    }

    /** ExStart (RFC 2328 10.3 NegotiationDone's predecessor): claim mastership with an empty I/M/MS packet. */
    void start() {
        master = true;
        sequence++;
        lastReceived = null;
        sendDd(DatabaseDescription.I | DatabaseDescription.M | DatabaseDescription.MS, List.of());
        ddRetransmit.startPeriodic(nbr.link.settings.retransmitInterval() * 1000L,
                nbr.link.settings.retransmitInterval() * 1000L);
    }

    void stop() {
        ddRetransmit.cancel();
        requestRetransmit.cancel();
    }

    /** The adjacency's lists are cleared: the summary, and the request in flight with the request list. */
    void clearSummary() {
        summary.clear();
        sentHeaders = 0;
        outstanding.clear();
    }

    /** Exchange: every LSA of the scopes this link sees goes on the summary list; MaxAge ones are flooded instead. */
    void listSummary() {
        summary.clear();
        for (Lsa lsa : nbr.link.router.lsasFor(nbr.link)) {
            if (lsa.header().isMaxAge()) {
                nbr.addRetransmission(lsa);
            } else {
                summary.add(lsa.header());
            }
        }
    }

    void finished() {
        ddRetransmit.cancel();
        requestRetransmit.cancel();
    }

    /** Where our MTU comes from, for the mismatch log: ospf6d's ifmtu overrides the kernel's. */
    private static String mtuOrigin(Link link) {
        if (!link.isV3()) {
            return "";
        }
        return link.settings.ifMtu() != 0 ? " (ipv6 ospf6 ifmtu)" : " (the kernel's MTU of " + link.name + ")";
    }

    /** A Database Description from the neighbor (RFC 2328 10.6). */
    void receive(DatabaseDescription dd) {
        Link link = nbr.link;
        // a virtual link has no MTU (RFC 2328 10.6: its DDs carry 0), so nothing to check
        if (!link.settings.mtuIgnore() && !link.isVirtual() && dd.mtu() > link.mtu) {
            link.counters.mtuMismatches++;
            if (lastMtuLogged != dd.mtu()) {
                lastMtuLogged = dd.mtu();
                LOG.log(System.Logger.Level.WARNING, "Nbr " + nbr.label() + " on " + link.label()
                        + ": MTU mismatch: neighbor's MTU " + dd.mtu() + " is larger than ours " + link.mtu
                        + mtuOrigin(link) + "; the adjacency stays in ExStart (" + (link.isV3()
                        ? "`ipv6 ospf6 ifmtu N` sets ours, `ipv6 ospf6 mtu-ignore` skips the check)"
                        : "`ip ospf mtu-ignore` skips the check)"));
            }
            return;
        }
        switch (nbr.state()) {
            case INIT -> {
                nbr.event(NeighborEvent.TWO_WAY_RECEIVED);
                if (nbr.state() == NeighborState.EX_START) {
                    negotiate(dd);
                }
            }
            case EX_START -> negotiate(dd);
            case EXCHANGE -> exchange(dd);
            case LOADING, FULL -> {
                if (isDuplicate(dd)) {
                    if (!master) {
                        resendLast();
                    }
                } else {
                    mismatch("Database Description in " + nbr.state().frrName() + " that is not a duplicate");
                }
            }
            default -> {
                // Down, Attempt, 2-Way: RFC 2328 10.6 says ignore
            }
        }
    }

    private void negotiate(DatabaseDescription dd) {
        int flags = dd.flags();
        boolean init = (flags & DatabaseDescription.I) != 0;
        boolean more = (flags & DatabaseDescription.M) != 0;
        boolean ms = (flags & DatabaseDescription.MS) != 0;
        int self = nbr.link.router.routerId();
        if (init && more && ms && dd.headers().isEmpty() && Integer.compareUnsigned(nbr.routerId, self) > 0) {
            master = false;
            sequence = dd.sequence();
            nbr.options = dd.options();
            lastReceived = dd;
            ddRetransmit.cancel();
            nbr.event(NeighborEvent.NEGOTIATION_DONE);
            sendNextAsSlave(true);
        } else if (!init && !ms && dd.sequence() == sequence && Integer.compareUnsigned(nbr.routerId, self) < 0) {
            master = true;
            nbr.options = dd.options();
            nbr.event(NeighborEvent.NEGOTIATION_DONE);
            exchange(dd);
        }
    }

    private void exchange(DatabaseDescription dd) {
        if (isDuplicate(dd)) {
            if (!master) {
                resendLast();
            }
            return;
        }
        boolean ms = (dd.flags() & DatabaseDescription.MS) != 0;
        if (ms == master) {
            mismatch("MS bit " + (ms ? "set" : "clear") + " while we are " + (master ? "master" : "slave"));
            return;
        }
        if ((dd.flags() & DatabaseDescription.I) != 0) {
            mismatch("I bit set in Exchange");
            return;
        }
        if (lastReceived != null && lastReceived.options() != dd.options()) {
            mismatch("options changed");
            return;
        }
        int expected = master ? sequence : sequence + 1;
        if (dd.sequence() != expected) {
            mismatch("DD sequence " + Integer.toUnsignedString(dd.sequence()) + ", expected "
                    + Integer.toUnsignedString(expected));
            return;
        }
        lastReceived = dd;
        if (!readHeaders(dd.headers())) {
            return;
        }
        boolean theyHaveMore = (dd.flags() & DatabaseDescription.M) != 0;
        dropAcknowledged();
        if (master) {
            sequence++;
            if (!sentMore && summary.isEmpty() && !theyHaveMore) {
                ddRetransmit.cancel();
                nbr.event(NeighborEvent.EXCHANGE_DONE);
                return;
            }
            sendNextAsMaster();
        } else {
            sequence = dd.sequence();
            sendNextAsSlave(false);
            if (!theyHaveMore && !sentMore) {
                nbr.event(NeighborEvent.EXCHANGE_DONE);
            }
        }
    }

    /** The headers of the last packet sent were acknowledged by the neighbor's next packet. */
    private void dropAcknowledged() {
        for (int i = 0; i < sentHeaders && !summary.isEmpty(); i++) {
            summary.poll();
        }
        sentHeaders = 0;
    }

    private void sendNextAsMaster() {
        List<LsaHeader> batch = nextBatch();
        int flags = DatabaseDescription.MS | (summary.size() > batch.size() ? DatabaseDescription.M : 0);
        sendDd(flags, batch);
        ddRetransmit.startPeriodic(nbr.link.settings.retransmitInterval() * 1000L,
                nbr.link.settings.retransmitInterval() * 1000L);
    }

    private void sendNextAsSlave(boolean first) {
        if (!first) {
            dropAcknowledged();
        }
        List<LsaHeader> batch = nextBatch();
        int flags = summary.size() > batch.size() ? DatabaseDescription.M : 0;
        sendDd(flags, batch);
    }

    private List<LsaHeader> nextBatch() {
        int max = nbr.link.router.io().maxDdHeaders(nbr.link);
        List<LsaHeader> batch = new ArrayList<>();
        for (LsaHeader h : summary) {
            if (batch.size() == max) {
                break;
            }
            batch.add(currentHeader(h));
        }
        sentHeaders = batch.size();
        return batch;
    }

    /** The header as the database holds it now (its age grew since it was listed). */
    private LsaHeader currentHeader(LsaHeader listed) {
        Lsa now = nbr.link.router.lookup(nbr.link, listed.key());
        return now == null ? listed : now.header();
    }

    private void sendDd(int flags, List<LsaHeader> headers) {
        sentMore = (flags & DatabaseDescription.M) != 0;
        lastSent = new DatabaseDescription(nbr.link.ddMtu(), nbr.link.area.options(), flags, sequence, headers);
        nbr.link.router.io().send(nbr.link, nbr.unicastDestination(), lastSent);
    }

    private void resendDd() {
        NeighborState s = nbr.state();
        if (master && (s == NeighborState.EX_START || s == NeighborState.EXCHANGE)) {
            resendLast();
        } else if (s != NeighborState.EX_START && s != NeighborState.EXCHANGE) {
            ddRetransmit.cancel();
        }
    }

    /**
     * Sends the last Database Description again (master's retransmission, slave's answer to a duplicate). It
     * says the interface MTU in use now: after a change (kernel or ifmtu) a stuck mismatch could otherwise never
     * clear.
     */
    private void resendLast() {
        if (lastSent == null) {
            return;
        }
        if (lastSent.mtu() != nbr.link.ddMtu()) {
            lastSent = new DatabaseDescription(nbr.link.ddMtu(), lastSent.options(), lastSent.flags(),
                    lastSent.sequence(), lastSent.headers());
        }
        nbr.link.router.io().send(nbr.link, nbr.unicastDestination(), lastSent);
    }

    private boolean isDuplicate(DatabaseDescription dd) {
        return lastReceived != null && lastReceived.flags() == dd.flags()
                && lastReceived.options() == dd.options() && lastReceived.sequence() == dd.sequence();
    }

    /** RFC 2328 10.6: each listed LSA we lack, or hold an older copy of, goes on the request list. */
    private boolean readHeaders(List<LsaHeader> headers) {
        for (LsaHeader h : headers) {
            if (!nbr.link.router.knowsType(nbr.link, h.type())) {
                mismatch("LSA type " + h.type() + " cannot be in area " + nbr.link.area.label());
                return false;
            }
            Lsa ours = nbr.link.router.lookup(nbr.link, h.key());
            if (ours == null || LsaComparison.compare(h, ours.header()) > 0) {
                nbr.requests.put(h.key(), h);
            }
        }
        return true;
    }

    private void mismatch(String why) {
        nbr.log("SeqNumberMismatch: " + why);
        nbr.event(NeighborEvent.SEQ_NUMBER_MISMATCH);
    }

    // ---- Loading ----

    /** Asks for what is on the request list, a packet's worth at a time, until it is empty. */
    void sendRequests() {
        NeighborState s = nbr.state();
        if (s != NeighborState.LOADING && s != NeighborState.EXCHANGE) {
            requestRetransmit.cancel();
            return;
        }
        if (nbr.requests.isEmpty()) {
            requestRetransmit.cancel();
            if (s == NeighborState.LOADING) {
                nbr.event(NeighborEvent.LOADING_DONE);
            }
            return;
        }
        int max = nbr.link.router.io().maxRequests(nbr.link);
        List<LsaKey> keys = new ArrayList<>();
        for (LsaKey k : nbr.requests.keySet()) {
            if (keys.size() == max) {
                break;
            }
            keys.add(k);
        }
        nbr.link.router.io().send(nbr.link, nbr.unicastDestination(), new LinkStateRequest(keys));
        outstanding.clear();
        outstanding.addAll(keys);
        requestRetransmit.start(nbr.link.settings.retransmitInterval() * 1000L);
    }

    /** An LSA arrived that satisfies (or outdates) a request; the next batch goes when this one is answered. */
    void requestSatisfied(LsaKey key) {
        outstanding.remove(key);
        if (nbr.requests.remove(key) != null && nbr.state() == NeighborState.LOADING) {
            if (nbr.requests.isEmpty()) {
                requestRetransmit.cancel();
                nbr.event(NeighborEvent.LOADING_DONE);
            }
        }
    }

    /**
     * After an update was processed: once the whole last request is answered, ask for the next batch at once
     * rather than at the retransmission timer. Not before: the neighbor answers one request in several updates,
     * and asking again after the first of them would have it send the rest twice (FRR asks again when the
     * last LSA of its request arrives). What never comes is asked for again by the retransmission timer.
     */
    void continueRequests(int satisfiedInThisUpdate) {
        if (satisfiedInThisUpdate > 0 && outstanding.isEmpty() && nbr.state() == NeighborState.LOADING
                && !nbr.requests.isEmpty()) {
            sendRequests();
        }
    }
}
