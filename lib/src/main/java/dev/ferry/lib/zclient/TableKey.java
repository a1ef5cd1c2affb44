package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Safi;
import java.util.Objects;

/** A routing table of zebra as the API names it: (VRF, AFI, SAFI); one RouteBatch carries routes of one. */
public record TableKey(String vrf, Afi afi, Safi safi) {
    /**
     * Written out because the record's own goes through invokedynamic method handles, which C1 (bgpd runs C1
     * only) does not inline, and the client compares each route's table with the open batch's: a withdrawal
     * of a full table spent a tenth of bgpd's loop here.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof TableKey k && k.afi == afi && k.safi == safi && Objects.equals(k.vrf, vrf);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(vrf) * 31 + afi.hashCode()) * 31 + safi.hashCode();
    }
}
