package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborEvent;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.lsdb.LsaIntervals;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaComparison;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.packet.LinkStateAck;
import dev.ferry.ospfd.packet.LinkStateRequest;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * The flooding procedure (RFC 2328 13): what to do with each LSA of a received Link State Update, sending
 * LSAs out (13.3), acknowledgements (13.5, 13.7) and answering Link State Requests (10.7).
 */
final class Flooding {
    private static final System.Logger LOG = System.getLogger(Flooding.class.getName());

    private final OspfRouter router;

    Flooding(OspfRouter router) {
        this.router = router;
    }

    /** RFC 2328 10.7: answer from the database; a request for what we lack is BadLSReq. */
    void receiveRequest(Neighbor nbr, LinkStateRequest lsr) {
        NeighborState s = nbr.state();
        if (s != NeighborState.EXCHANGE && s != NeighborState.LOADING && s != NeighborState.FULL) {
            return;
        }
        List<Lsa> answer = new ArrayList<>();
        for (LsaKey key : lsr.requests()) {
            Lsa lsa = router.lookup(nbr.link, key);
            if (lsa == null) {
                nbr.log("BadLSReq: requested " + key + " which is not in the database");
                nbr.event(NeighborEvent.BAD_LS_REQ);
                return;
            }
            answer.add(lsa);
        }
        router.io().sendUpdate(nbr.link, nbr.unicastDestination(), answer);
    }

    /** RFC 2328 13.7: an acknowledgement ends the retransmission of that instance. */
    void receiveAck(Neighbor nbr, LinkStateAck ack) {
        if (nbr.state().ordinal() < NeighborState.EXCHANGE.ordinal()) {
            return;
        }
        for (LsaHeader h : ack.headers()) {
            nbr.acknowledged(h);
        }
    }

    /** RFC 2328 13: every LSA of the update, in order. */
    void receiveUpdate(Neighbor nbr, LinkStateUpdate lsu) {
        if (nbr.state().ordinal() < NeighborState.EXCHANGE.ordinal()) {
            return;
        }
        for (LinkStateUpdate.RejectedLsa bad : lsu.rejected()) {
            router.io().counters.count("LSA_" + bad.error().reason().name());
            LOG.log(System.Logger.Level.DEBUG, "LSA " + bad.header() + " from " + nbr.label() + " discarded: "
                    + bad.error());
        }
        List<LsaHeader> directAcks = new ArrayList<>();
        int satisfied = 0;
        for (Lsa lsa : lsu.lsas()) {
            int before = nbr.requests.size();
            if (!receiveLsa(nbr, lsa, directAcks)) {
                return;
            }
            satisfied += before - nbr.requests.size();
        }
        if (!directAcks.isEmpty()) {
            nbr.link.send(nbr.unicastDestination(), new LinkStateAck(directAcks));
        }
        nbr.exchange.continueRequests(satisfied);
    }

    /** One LSA (RFC 2328 13 steps 1-8); false when the neighbor's adjacency was reset and the rest must stop. */
    private boolean receiveLsa(Neighbor nbr, Lsa lsa, List<LsaHeader> directAcks) {
        Link link = nbr.link;
        LsaHeader h = lsa.header();
        if (!router.knowsType(link, h.type())) {
            router.io().counters.count("LSA_TYPE_NOT_IN_AREA");
            return true;
        }
        Lsa ours = router.lookup(link, h.key());
        if (h.isMaxAge() && ours == null && !router.anyNeighborExchanging()) {
            directAcks.add(h);
            return true;
        }
        int cmp = ours == null ? 1 : LsaComparison.compare(h, ours.header());
        if (cmp > 0) {
            if (ours != null && router.installedMillisAgo(link, h.key()) < LsaIntervals.MIN_LS_ARRIVAL_MILLIS) {
                router.io().counters.count("LSA_MIN_ARRIVAL");
                return true;
            }
            // 13 step 5b before 5a's flooding: the old instance leaves the retransmission lists first, the new
            // one flood() puts there stays until acknowledged (removing after flooding lost it, and a lost flood
            // was never sent again).
            router.removeFromRetransmissions(link.area, link, h.key());
            boolean floodedBack = flood(lsa, nbr, link.area, link);
            router.install(link, lsa, nbr);
            nbr.exchange.requestSatisfied(h.key());
            if (!floodedBack) {
                boolean fromDr = link.state() == InterfaceState.BACKUP && nbr.isDr();
                if (link.state() != InterfaceState.BACKUP || fromDr) {
                    link.delayedAck(h);
                }
            }
            return true;
        }
        if (nbr.requests.containsKey(h.key())) {
            nbr.log("BadLSReq: received " + h.key() + " that is on the request list and not newer");
            nbr.event(NeighborEvent.BAD_LS_REQ);
            return false;
        }
        if (cmp == 0) {
            if (nbr.retransmissions.containsKey(h.key())) {
                nbr.acknowledged(h);
                if (link.state() == InterfaceState.BACKUP && nbr.isDr()) {
                    link.delayedAck(h);
                }
            } else {
                directAcks.add(h);
            }
            return true;
        }
        if (ours.header().isMaxAge() && ours.header().sequence() == LsaHeader.MAX_SEQUENCE) {
            return true;
        }
        router.io().sendUpdate(link, nbr.unicastDestination(), List.of(ours));
        return true;
    }

    /**
     * RFC 2328 13.3: offers the LSA to every adjacency of its flooding scope, except the neighbor it came from.
     * Returns whether it went back out of the interface it was received on.
     *
     * @param from null for an LSA this router originated
     * @param area the area it belongs to (any area for AS-external LSAs)
     * @param scopeLink the link of a link-scope LSA (OSPFv3), else ignored
     */
    boolean flood(Lsa lsa, Neighbor from, Area area, Link scopeLink) {
        boolean floodedBack = false;
        for (Link link : router.linksInScope(area, scopeLink, lsa)) {
            boolean added = false;
            for (Neighbor n : link.neighbors()) {
                NeighborState s = n.state();
                if (s.ordinal() < NeighborState.EXCHANGE.ordinal()) {
                    continue;
                }
                if (s == NeighborState.EXCHANGE || s == NeighborState.LOADING) {
                    LsaHeader requested = n.requests.get(lsa.key());
                    if (requested != null) {
                        int c = LsaComparison.compare(lsa.header(), requested);
                        if (c < 0) {
                            continue;
                        }
                        n.exchange.requestSatisfied(lsa.key());
                        if (c == 0) {
                            continue;
                        }
                    }
                }
                if (n == from) {
                    continue;
                }
                n.addRetransmission(lsa);
                added = true;
            }
            if (!added) {
                continue;
            }
            if (from != null && link == from.link) {
                if (from.isDr() || from.isBdr()) {
                    continue;
                }
                if (link.state() == InterfaceState.BACKUP) {
                    continue;
                }
                floodedBack = true;
            }
            if (link.kind() == InterfaceKind.BROADCAST || link.kind() == InterfaceKind.POINT_TO_POINT
                    || link.isVirtual()) {
                router.io().sendUpdate(link, link.floodDestination(), List.of(lsa));
            }
        }
        return floodedBack;
    }
}
