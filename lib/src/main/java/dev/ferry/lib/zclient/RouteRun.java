package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.PackedPrefixes;
import dev.ferry.proto.zebra.v1.Route;

/**
 * The last route of an open batch and the routes after it that differ from it only by prefix and id (the next
 * ids), which go packed in its {@code more_prefixes} (API 1.3), as a BGP UPDATE carries many NLRI with one set
 * of attributes. Not thread-safe: the outbox's.
 */
final class RouteRun {
    private final PackedPrefixes.Writer packed = new PackedPrefixes.Writer();
    private Route head;
    /** The attributes the head was made from ({@link #start(Route, Route)}), or null. */
    private Route attributes;

    boolean isEmpty() {
        return head == null;
    }

    /** Starts a run with {@code r}; the run must be empty. */
    void start(Route r) {
        start(r, null);
    }

    /** Starts a run with {@code r}, made from {@code attributes} (a route without id, op and prefix). */
    void start(Route r, Route attributes) {
        head = r;
        this.attributes = attributes;
        packed.reset();
    }

    /**
     * Adds the route made from the same {@code attributes} object as the head, with the next id, if its prefix
     * packs: a comparison of references where {@link #tryAdd(Route)} compares every field.
     */
    boolean tryAdd(Route attributes, byte[] address, int length, long id) {
        if (head == null || attributes != this.attributes || id != head.getId() + packed.count() + 1
                || address.length != head.getPrefix().getAddress().size()
                || !PackedPrefixes.packable(address, length)) {
            return false;
        }
        packed.add(address, length);
        return true;
    }

    /** Adds {@code r} to the run if it can follow its head packed; false if not (the run is unchanged). */
    boolean tryAdd(Route r) {
        if (head == null || r.getId() != head.getId() + packed.count() + 1 || !sameExceptPrefix(head, r)
                || r.getPrefix().getAddress().size() != head.getPrefix().getAddress().size()
                || !PackedPrefixes.packable(r.getPrefix())) {
            return false;
        }
        packed.add(r.getPrefix());
        return true;
    }

    /** The run as one route, and empties it. */
    Route take() {
        Route r = packed.count() == 0 ? head : head.toBuilder().setMorePrefixes(packed.toByteString()).build();
        head = null;
        attributes = null;
        packed.reset();
        return r;
    }

    void clear() {
        head = null;
        attributes = null;
        packed.reset();
    }

    /**
     * Whether two routes are the same operation but for id and prefix. Every field of Route is named here:
     * {@code RouteRunTest} fails when Route gains one, so that a new field cannot be dropped from packed routes.
     * Next hops are compared as lists of messages, which compare by identity first: bgpd's routes of one
     * UPDATE share theirs.
     */
    static boolean sameExceptPrefix(Route a, Route b) {
        return a.getOp() == b.getOp()
                && a.getDistance() == b.getDistance()
                && a.getMetric() == b.getMetric()
                && a.getTag() == b.getTag()
                && a.getMtu() == b.getMtu()
                && a.getAllowRecursion() == b.getAllowRecursion()
                && a.getIbgp() == b.getIbgp()
                && a.getTableId() == b.getTableId()
                && a.getPerDistance() == b.getPerDistance()
                && a.hasSrcPrefix() == b.hasSrcPrefix()
                && (!a.hasSrcPrefix() || a.getSrcPrefix().equals(b.getSrcPrefix()))
                && a.getPreferredSource().equals(b.getPreferredSource())
                && a.getMorePrefixes().isEmpty() && b.getMorePrefixes().isEmpty()
                && a.getNexthopsList().equals(b.getNexthopsList())
                && a.getUnknownFields().asMap().isEmpty() && b.getUnknownFields().asMap().isEmpty();
    }
}
