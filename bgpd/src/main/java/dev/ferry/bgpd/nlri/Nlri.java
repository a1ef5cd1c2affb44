package dev.ferry.bgpd.nlri;

/** One entry of an NLRI field: a plain prefix, a labelled VPN prefix, or the raw NLRI of an unknown family. */
public sealed interface Nlri permits Prefix, VpnPrefix, RawNlri {
}
