package dev.ferry.ospfd.config;

import dev.ferry.ospfd.ip.AreaId;
import dev.ferry.ospfd.ip.IpPrefix;

/** `network PREFIX area AREA`: run OSPF in AREA on interfaces with addresses inside PREFIX. */
public record OspfNetwork(IpPrefix prefix, AreaId area) {
}
