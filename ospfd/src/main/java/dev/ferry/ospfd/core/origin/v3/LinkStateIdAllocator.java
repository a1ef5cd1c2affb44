package dev.ferry.ospfd.core.origin.v3;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Link State IDs for OSPFv3 LSAs whose ID carries no address (RFC 5340 4.4.3.4, 4.4.3.5: "the Link State ID ...
 * simply serves to distinguish multiple LSAs originated by the same router"), allocated as FRR 8.4 does so that a
 * prefix keeps its LSA while it is announced. The runtime keeps one per scope for the life of the process and
 * passes it to each planning run.
 * <ul>
 * <li>{@link #lowestFree()}: FRR's ospf6_new_ls_id for Inter-Area-Prefix-LSAs (one allocator per area): the lowest
 * ID from 1 up not in use; an ID is free again once its prefix is withdrawn and its LSA has left the database
 * ({@link #avoid}). FRR 8.4 keeps the route of an LSA's old prefix when the LSA comes back with another prefix, so
 * reusing the ID of an LSA still being flushed would leave a stale route in every FRR neighbour. A neighbour may
 * still hold the flushed copy after it has left our database, so the last {@value #REMEMBERED} released IDs are
 * remembered too: a prefix that comes back takes its old ID again (its LSA is then only a newer instance of the
 * same prefix), and a new prefix does not take another's recent ID. Without this, a range removed again gave its
 * two components each other's old IDs, and FRR kept one route and lost the other.</li>
 * <li>{@link #sequential()}: FRR's ospf6->external_id++ for AS-External-LSAs: 1, 2, 3, ... in order of first
 * announcement, never reused; a prefix withdrawn and announced again gets a new ID.</li>
 * </ul>
 * Not thread-safe: used from the daemon's event loop only.
 *
 * @param <K> what an ID is for: a prefix
 */
public final class LinkStateIdAllocator<K> {
    /** How many released IDs {@link #lowestFree()} remembers (a bound: withdrawn prefixes are not kept forever). */
    static final int REMEMBERED = 256;

    private final boolean reuse;
    private final Map<K, Integer> ids = new LinkedHashMap<>();
    /** Released keys and their IDs, oldest first; the eldest is forgotten beyond {@link #REMEMBERED}. */
    private final LinkedHashMap<K, Integer> released = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final Set<Integer> used = new TreeSet<>(Integer::compareUnsigned);
    private Set<Integer> avoided = Set.of();
    private int next = 1;

    private LinkStateIdAllocator(boolean reuse) {
        this.reuse = reuse;
    }

    /** Lowest free ID from 1 (Inter-Area-Prefix-LSAs). */
    public static <K> LinkStateIdAllocator<K> lowestFree() {
        return new LinkStateIdAllocator<>(true);
    }

    /** A counter from 1 that never goes back (AS-External-LSAs). */
    public static <K> LinkStateIdAllocator<K> sequential() {
        return new LinkStateIdAllocator<>(false);
    }

    /** The key's ID: the one it already has, or a new one. */
    public int idFor(K key) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int fresh = reuse ? reusedOrLowest(key) : nextInSequence();
        ids.put(key, fresh);
        used.add(fresh);
        return fresh;
    }

    /** The key's ID if it has one, else null. */
    public Integer current(K key) {
        return ids.get(key);
    }

    /** Releases the IDs of the keys not given: those LSAs leave the plan and are flushed. */
    public void retainOnly(Collection<K> keys) {
        Set<K> keep = new HashSet<>(keys);
        ids.entrySet().removeIf(e -> {
            if (keep.contains(e.getKey())) {
                return false;
            }
            used.remove(e.getValue());
            if (reuse) {
                released.remove(e.getKey());
                released.put(e.getKey(), e.getValue());
            }
            return true;
        });
    }

    /**
     * IDs a new key must not take though no key holds them: those of our LSAs still in the database (as FRR's
     * ospf6_new_ls_id walks it, MaxAge copies included). Replaces the previous set.
     */
    public void avoid(Set<Integer> ids) {
        avoided = Set.copyOf(ids);
    }

    /** The IDs currently held, in order of allocation. */
    public Map<K, Integer> assigned() {
        return Map.copyOf(ids);
    }

    /** The key's previous ID when nobody holds it now, else the lowest ID neither held, avoided nor remembered. */
    private int reusedOrLowest(K key) {
        Integer previous = released.remove(key);
        if (previous != null && !used.contains(previous) && !avoided.contains(previous)) {
            return previous;
        }
        Set<Integer> recent = new HashSet<>(released.values());
        int id = 1;
        while (used.contains(id) || avoided.contains(id) || recent.contains(id)) {
            id++;
        }
        return id;
    }

    private int nextInSequence() {
        int id = next;
        next = next == -1 ? 1 : next + 1; // 2^32 - 1 then wrap, skipping 0
        while (used.contains(next)) {
            next = next == -1 ? 1 : next + 1;
        }
        return id;
    }
}
