/**
 * LSAs of both versions: the 20-byte {@link dev.ferry.ospfd.lsa.LsaHeader}, one record per body type (v2 types 1-5
 * and 7; v3 0x2001-0x2004, 0x4005, 0x2007, 0x0008, 0x2009 with {@link dev.ferry.ospfd.lsa.Ospf6Prefix}), and
 * {@link dev.ferry.ospfd.lsa.OpaqueBody} for every other type. An {@link dev.ferry.ospfd.lsa.Lsa} keeps its exact
 * bytes next to the parsed view, so it is flooded unchanged. {@link dev.ferry.ospfd.lsa.LsaChecksum} is the
 * Fletcher checksum, {@link dev.ferry.ospfd.lsa.LsaComparison} RFC 2328 13.1's "which is newer".
 */
package dev.ferry.ospfd.lsa;
