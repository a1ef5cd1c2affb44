package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Prefix;
import java.util.AbstractCollection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The destinations of a Loc-RIB by prefix: a hash table of buckets chained through the destinations themselves
 * ({@link Destination#next}, which fits in the padding of their 24 bytes), so the table needs no entry object
 * per prefix, where a HashMap spends a 32-byte node on each of a full table's million routes. Up to one
 * destination per bucket on average: a million routes take a 4 MB array (open addressing at half load took 8),
 * and the arrays left behind by growth, which a daemon's heap keeps until a full collection, are half as large.
 * Iteration order is the array's; {@link RibTable#sorted()} gives FRR's.
 */
final class DestinationTable extends AbstractCollection<Destination> {
    private Destination[] buckets = new Destination[16];
    private int size;
    private int modCount;

    @Override
    public int size() {
        return size;
    }

    Destination get(Prefix prefix) {
        Destination d = buckets[bucket(prefix.hashCode(), buckets.length)];
        while (d != null && !d.matches(prefix)) {
            d = d.next;
        }
        return d;
    }

    /** The prefix's destination, made (empty) when it has none. */
    Destination getOrAdd(Prefix prefix) {
        int i = bucket(prefix.hashCode(), buckets.length);
        for (Destination d = buckets[i]; d != null; d = d.next) {
            if (d.matches(prefix)) {
                return d;
            }
        }
        Destination d = Destination.of(prefix);
        d.next = buckets[i];
        buckets[i] = d;
        size++;
        modCount++;
        if (size > buckets.length) {
            resize(buckets.length * 2);
        }
        return d;
    }

    /** Removes the prefix's destination, if any. */
    void remove(Prefix prefix) {
        int i = bucket(prefix.hashCode(), buckets.length);
        Destination before = null;
        for (Destination d = buckets[i]; d != null; before = d, d = d.next) {
            if (d.matches(prefix)) {
                unlink(i, before, d);
                return;
            }
        }
    }

    /** Removes {@code d}, if it is in the table (found by identity: no prefix to make). */
    void remove(Destination d) {
        int i = bucket(d.prefixHash(), buckets.length);
        Destination before = null;
        for (Destination e = buckets[i]; e != null; before = e, e = e.next) {
            if (e == d) {
                unlink(i, before, d);
                return;
            }
        }
    }

    private void unlink(int bucket, Destination before, Destination d) {
        if (before == null) {
            buckets[bucket] = d.next;
        } else {
            before.next = d.next;
        }
        d.next = null;
        size--;
        modCount++;
    }

    private void resize(int capacity) {
        Destination[] old = buckets;
        buckets = new Destination[capacity];
        for (Destination head : old) {
            for (Destination d = head; d != null; ) {
                Destination next = d.next;
                int i = bucket(d.prefixHash(), capacity);
                d.next = buckets[i];
                buckets[i] = d;
                d = next;
            }
        }
    }

    private static int bucket(int hash, int capacity) {
        return (hash ^ hash >>> 16) & (capacity - 1);
    }

    @Override
    public Iterator<Destination> iterator() {
        return new Iterator<>() {
            private final int expected = modCount;
            private int bucket = -1;
            private Destination next = advance(null);

            /** The destination after {@code d} in bucket then chain order, or null at the end. */
            private Destination advance(Destination d) {
                if (d != null && d.next != null) {
                    return d.next;
                }
                while (++bucket < buckets.length) {
                    if (buckets[bucket] != null) {
                        return buckets[bucket];
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Destination next() {
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Destination d = next;
                next = advance(d);
                return d;
            }
        };
    }
}
