package dev.ferry.bgpd.policy;

import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The shape FRR's filter lists share (prefix-lists, as-path access-lists, community-lists): a name, and
 * entries by sequence number, numbered 5, 10, ... when the line gives none, the lowest matching one deciding.
 */
abstract class SequencedList<E extends SequencedList.Sequenced> {
    /** An entry with its sequence number. */
    interface Sequenced {
        long seq();
    }

    private final String name;
    private final TreeMap<Long, E> entries = new TreeMap<>();

    SequencedList(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<E> entries() {
        return List.copyOf(entries.values());
    }

    /** In sequence order, without a copy: for matching. */
    Collection<E> inOrder() {
        return entries.values();
    }

    boolean hasNoEntries() {
        return entries.isEmpty();
    }

    /** FRR's acl_get_seq: the highest sequence number plus 5. */
    public long nextSeq() {
        return entries.isEmpty() ? 5 : entries.lastKey() + 5;
    }

    /** Adds or replaces the entry of its sequence number. */
    public void put(E e) {
        entries.put(e.seq(), e);
    }

    public E remove(long seq) {
        return entries.remove(seq);
    }

    /** The first entry in sequence order that {@code which} accepts, or null. */
    E first(Predicate<E> which) {
        for (E e : entries.values()) {
            if (which.test(e)) {
                return e;
            }
        }
        return null;
    }
}
