package dev.ferry.lib.zclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Safi;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode keep a record's meaning: equal parts, equal keys. */
class TableKeyTest {
    @Test
    void keysAreEqualExactlyWhenAllThreePartsAre() {
        TableKey k = new TableKey("default", Afi.AFI_IPV4, Safi.SAFI_UNICAST);
        TableKey same = new TableKey(new String("default"), Afi.AFI_IPV4, Safi.SAFI_UNICAST);
        assertEquals(k, same);
        assertEquals(k.hashCode(), same.hashCode());
        assertNotEquals(k, new TableKey("red", Afi.AFI_IPV4, Safi.SAFI_UNICAST));
        assertNotEquals(k, new TableKey("default", Afi.AFI_IPV6, Safi.SAFI_UNICAST));
        assertNotEquals(k, new TableKey("default", Afi.AFI_IPV4, Safi.SAFI_MULTICAST));
        assertNotEquals(k, null);
        assertEquals(new TableKey(null, Afi.AFI_IPV4, Safi.SAFI_UNICAST), new TableKey(null, Afi.AFI_IPV4,
                Safi.SAFI_UNICAST));
        assertNotEquals(new TableKey(null, Afi.AFI_IPV4, Safi.SAFI_UNICAST), k);
    }
}
