package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Prefix;
import java.util.AbstractCollection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The destinations of a Loc-RIB by prefix, in one open-addressing array (linear probing, at most half full,
 * deletion by backward shift): a destination knows its prefix, so the table needs no entry object per prefix,
 * where a HashMap spends a 32-byte node on each of a full table's million routes. Iteration order is the
 * array's; {@link RibTable#sorted()} gives FRR's.
 */
final class DestinationTable extends AbstractCollection<Destination> {
    private Destination[] slots = new Destination[16];
    private int size;
    private int modCount;

    @Override
    public int size() {
        return size;
    }

    Destination get(Prefix prefix) {
        int mask = slots.length - 1;
        for (int i = home(prefix.hashCode(), mask); ; i = (i + 1) & mask) {
            Destination d = slots[i];
            if (d == null || d.matches(prefix)) {
                return d;
            }
        }
    }

    /** The prefix's destination, made (empty) when it has none. */
    Destination getOrAdd(Prefix prefix) {
        int mask = slots.length - 1;
        int i = home(prefix.hashCode(), mask);
        for (Destination d = slots[i]; d != null; d = slots[i]) {
            if (d.matches(prefix)) {
                return d;
            }
            i = (i + 1) & mask;
        }
        Destination d = Destination.of(prefix);
        slots[i] = d;
        size++;
        modCount++;
        if (size * 2 > slots.length) {
            resize(slots.length * 2);
        }
        return d;
    }

    /** Removes the prefix's destination, if any. */
    void remove(Prefix prefix) {
        int mask = slots.length - 1;
        int i = home(prefix.hashCode(), mask);
        while (slots[i] != null && !slots[i].matches(prefix)) {
            i = (i + 1) & mask;
        }
        removeAt(i);
    }

    /** Removes {@code d}, if it is in the table (found by identity: no prefix to make). */
    void remove(Destination d) {
        int mask = slots.length - 1;
        int i = home(d.prefixHash(), mask);
        while (slots[i] != null && slots[i] != d) {
            i = (i + 1) & mask;
        }
        removeAt(i);
    }

    /** Empties slot {@code i} (nothing when it is empty already) and closes the hole. */
    private void removeAt(int i) {
        if (slots[i] == null) {
            return;
        }
        int mask = slots.length - 1;
        slots[i] = null;
        size--;
        modCount++;
        // pull back the entries of the run after the hole that may not stay beyond it (Knuth's algorithm R)
        for (int j = (i + 1) & mask; slots[j] != null; j = (j + 1) & mask) {
            int k = home(slots[j].prefixHash(), mask);
            boolean stays = i <= j ? i < k && k <= j : i < k || k <= j;
            if (!stays) {
                slots[i] = slots[j];
                slots[j] = null;
                i = j;
            }
        }
    }

    private void resize(int capacity) {
        Destination[] old = slots;
        slots = new Destination[capacity];
        int mask = capacity - 1;
        for (Destination d : old) {
            if (d != null) {
                int i = home(d.prefixHash(), mask);
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = d;
            }
        }
    }

    private static int home(int hash, int mask) {
        return (hash ^ hash >>> 16) & mask;
    }

    @Override
    public Iterator<Destination> iterator() {
        return new Iterator<>() {
            private final int expected = modCount;
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < slots.length && slots[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < slots.length;
            }

            @Override
            public Destination next() {
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                if (next >= slots.length) {
                    throw new NoSuchElementException();
                }
                Destination d = slots[next];
                next = advance(next + 1);
                return d;
            }
        };
    }
}
