package dev.ferry.ospfd.core.lsdb;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.spf.AreaLsdb;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The link state database of one flooding scope (an area; the AS for AS-external LSAs; an OSPFv3 link), with LS
 * age kept by the clock (RFC 2328 12.1.1, 14): an LSA is stored as received with the time of its install, and its
 * age is the received age plus the whole seconds since, capped at MaxAge, unless its DoNotAge bit is set
 * (RFC 1793). Readers always see current ages; the aged copy is cached per LSA and rebuilt only when the age
 * moves on.
 *
 * <p>Not thread-safe: it lives on the daemon's event loop. The clock is injected (milliseconds, monotonic), so
 * tests drive time. The caller calls {@link #ageOut()} once a second and floods what it returns, then
 * {@link #remove}s a MaxAge LSA once it is on no retransmission list and no neighbor is in Exchange or Loading.
 */
public final class Lsdb implements AreaLsdb {
    private final OspfVersion version;
    private final LongSupplier clockMillis;
    private final Map<LsaKey, Entry> entries = new HashMap<>();
    private final Map<Integer, TypeSummary> perType = new TreeMap<>();

    /** One stored LSA: as received, when, and the last aged copy handed out. */
    private static final class Entry {
        final Lsa received;
        final long installedAt;
        Lsa view;
        int viewAge;
        /** Whether its reaching MaxAge has been reported (or it arrived at MaxAge, and flooding dealt with it). */
        boolean maxAgeReported;

        Entry(Lsa received, long installedAt) {
            this.received = received;
            this.installedAt = installedAt;
            this.view = received;
            this.viewAge = received.header().age();
            this.maxAgeReported = received.header().isMaxAge();
        }
    }

    public Lsdb(OspfVersion version, LongSupplier clockMillis) {
        this.version = version;
        this.clockMillis = clockMillis;
    }

    @Override
    public OspfVersion version() {
        return version;
    }

    /**
     * Stores {@code lsa} (replacing any instance with its key) and notes the time. Whether it is newer than the
     * stored one (RFC 2328 13.1) is the caller's check.
     */
    public InstallResult install(Lsa lsa) {
        if (lsa.version() != version) {
            throw new IllegalArgumentException(lsa + " is not " + version);
        }
        long now = clockMillis.getAsLong();
        Entry old = entries.put(lsa.key(), new Entry(lsa, now));
        Lsa previous = null;
        if (old != null) {
            previous = aged(old, now);
            count(old.received, false);
        }
        count(lsa, true);
        return new InstallResult(previous, previous == null || contentChanged(previous, lsa));
    }

    /**
     * RFC 2328 13.2: the contents changed if the options, the MaxAge-ness, the length or anything after the header
     * differ (age, sequence number and checksum do not count).
     */
    static boolean contentChanged(Lsa a, Lsa b) {
        LsaHeader ha = a.header();
        LsaHeader hb = b.header();
        if (ha.options() != hb.options() || ha.isMaxAge() != hb.isMaxAge() || a.length() != b.length()) {
            return true;
        }
        byte[] wa = a.wire();
        byte[] wb = b.wire();
        return !Arrays.equals(wa, LsaHeader.LENGTH, wa.length, wb, LsaHeader.LENGTH, wb.length);
    }

    private void count(Lsa lsa, boolean add) {
        int type = lsa.header().type();
        int checksum = lsa.header().checksum();
        TypeSummary s = perType.getOrDefault(type, TypeSummary.EMPTY);
        s = add ? s.plus(checksum) : s.minus(checksum);
        if (s.count() == 0) {
            perType.remove(type);
        } else {
            perType.put(type, s);
        }
    }

    /** The stored instance with its current age, or null. */
    @Override
    public Lsa lookup(LsaKey key) {
        Entry e = entries.get(key);
        return e == null ? null : aged(e, clockMillis.getAsLong());
    }

    /** When the stored instance was installed (for MinLSArrival, {@link LsaIntervals}), or empty. */
    public OptionalLong installedAt(LsaKey key) {
        Entry e = entries.get(key);
        return e == null ? OptionalLong.empty() : OptionalLong.of(e.installedAt);
    }

    /** Every stored LSA with its current age, MaxAge ones included. */
    @Override
    public Iterable<Lsa> all() {
        long now = clockMillis.getAsLong();
        List<Lsa> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(aged(e, now));
        }
        return out;
    }

    public int size() {
        return entries.size();
    }

    /** The headers with current ages, for Database Description summaries. */
    public Collection<LsaHeader> headers() {
        long now = clockMillis.getAsLong();
        List<LsaHeader> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(aged(e, now).header());
        }
        return out;
    }

    /** Count and checksum sum of one LS type (FRR's "Number of ... LSA N. Checksum Sum 0x..."). */
    public TypeSummary summary(int type) {
        return perType.getOrDefault(type, TypeSummary.EMPTY);
    }

    /** Count and checksum sum per LS type present, by increasing type. */
    public Map<Integer, TypeSummary> summaries() {
        return Collections.unmodifiableMap(new TreeMap<>(perType));
    }

    /**
     * The LSAs that reached MaxAge by aging since the last call, each reported once (RFC 2328 14: the caller
     * floods them). LSAs installed already at MaxAge are not reported: they were flooded on receipt.
     */
    public List<Lsa> ageOut() {
        long now = clockMillis.getAsLong();
        List<Lsa> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (!e.maxAgeReported && isMaxAge(ageAt(e, now))) {
                e.maxAgeReported = true;
                out.add(aged(e, now));
            }
        }
        return out;
    }

    /** The stored LSAs now at MaxAge: the ones the caller removes once flooding is done with them. */
    public List<Lsa> maxAged() {
        long now = clockMillis.getAsLong();
        List<Lsa> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (isMaxAge(ageAt(e, now))) {
                out.add(aged(e, now));
            }
        }
        return out;
    }

    /** Removes the LSA with this key (RFC 2328 14: a MaxAge LSA no longer needed for flooding). */
    public void remove(LsaKey key) {
        Entry old = entries.remove(key);
        if (old != null) {
            count(old.received, false);
        }
    }

    /**
     * Self-originated LSAs (advertised by {@code selfRouterId}) whose age reached LSRefreshTime and not MaxAge:
     * the caller originates a new instance of each (RFC 2328 12.4), which resets the age. Reported at every call
     * until then.
     */
    public List<Lsa> dueForRefresh(int selfRouterId) {
        long now = clockMillis.getAsLong();
        List<Lsa> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.received.header().advertisingRouter() != selfRouterId) {
                continue;
            }
            int age = ageAt(e, now) & ~LsaHeader.DO_NOT_AGE;
            if (age >= LsaIntervals.LS_REFRESH_TIME && age < LsaHeader.MAX_AGE) {
                out.add(aged(e, now));
            }
        }
        return out;
    }

    /**
     * The entry's LS age field at {@code now}, without building the aged LSA: the once-a-second scans above look
     * at every entry (10k and more) and only materialise the few they report.
     */
    private static int ageAt(Entry e, long now) {
        return currentAge(e.received.header().age(), e.installedAt, now);
    }

    private static boolean isMaxAge(int ageField) {
        return (ageField & ~LsaHeader.DO_NOT_AGE) >= LsaHeader.MAX_AGE;
    }

    /** The entry's LSA with its age at {@code now}, re-encoded only when the age moved since the last call. */
    private static Lsa aged(Entry e, long now) {
        int age = currentAge(e.received.header().age(), e.installedAt, now);
        if (age != e.viewAge) {
            e.view = e.received.withAge(age);
            e.viewAge = age;
        }
        return e.view;
    }

    /** The LS age field at {@code now} for an LSA received with {@code receivedAge} at {@code installedAt}. */
    static int currentAge(int receivedAge, long installedAt, long now) {
        if ((receivedAge & LsaHeader.DO_NOT_AGE) != 0 || receivedAge >= LsaHeader.MAX_AGE) {
            return receivedAge;
        }
        long elapsed = Math.max(0, now - installedAt) / 1000;
        return (int) Math.min(LsaHeader.MAX_AGE, receivedAge + elapsed);
    }
}
