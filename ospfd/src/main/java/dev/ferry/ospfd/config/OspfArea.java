package dev.ferry.ospfd.config;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An OSPF area's settings: its ID as last written, stub-ness and ranges. */
public final class OspfArea {
    private AreaId id;
    private boolean stub;
    private boolean noSummary;
    private final Map<IpPrefix, AreaRange> ranges = new TreeMap<>(IpPrefix.TABLE_ORDER);

    public OspfArea(AreaId id) {
        this.id = id;
    }

    public AreaId id() {
        return id;
    }

    /** FRR shows an area the way the latest command touching it wrote it. */
    public void writtenAs(AreaId id) {
        this.id = id;
    }

    public boolean stub() {
        return stub;
    }

    public boolean noSummary() {
        return noSummary;
    }

    public void stub(boolean stub, boolean noSummary) {
        this.stub = stub;
        this.noSummary = noSummary;
    }

    public List<AreaRange> ranges() {
        return List.copyOf(ranges.values());
    }

    public AreaRange range(IpPrefix prefix) {
        return ranges.get(prefix);
    }

    public void putRange(AreaRange range) {
        ranges.put(range.prefix(), range);
    }

    public void removeRange(IpPrefix prefix) {
        ranges.remove(prefix);
    }
}
