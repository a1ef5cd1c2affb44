package dev.ferry.ospfd.spf;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.HashMap;
import java.util.Map;

/** An {@link AreaLsdb} in a hash map, one instance per key (the last one put wins). */
public final class InMemoryLsdb implements AreaLsdb {
    private final OspfVersion version;
    private final Map<LsaKey, Lsa> lsas = new HashMap<>();

    public InMemoryLsdb(OspfVersion version) {
        this.version = version;
    }

    public InMemoryLsdb put(Lsa lsa) {
        if (lsa.version() != version) {
            throw new IllegalArgumentException(lsa + " is not " + version);
        }
        lsas.put(lsa.key(), lsa);
        return this;
    }

    public void remove(LsaKey key) {
        lsas.remove(key);
    }

    public int size() {
        return lsas.size();
    }

    @Override
    public OspfVersion version() {
        return version;
    }

    @Override
    public Lsa lookup(LsaKey key) {
        return lsas.get(key);
    }

    @Override
    public Iterable<Lsa> all() {
        return lsas.values();
    }
}
