package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Safi;

/** A routing table of zebra as the API names it: (VRF, AFI, SAFI); one RouteBatch carries routes of one. */
public record TableKey(String vrf, Afi afi, Safi safi) {
}
