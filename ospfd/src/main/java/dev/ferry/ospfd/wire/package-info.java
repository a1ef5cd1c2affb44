/**
 * Wire primitives shared by the OSPF packet and LSA codecs of both versions: the bounds-checked
 * {@link dev.ferry.ospfd.wire.WireReader} and {@link dev.ferry.ospfd.wire.WireWriter}, the typed
 * {@link dev.ferry.ospfd.wire.DecodeResult} / {@link dev.ferry.ospfd.wire.DecodeError} (with the RFC's reaction:
 * drop the packet or discard one LSA) and the IP checksum.
 */
package dev.ferry.ospfd.wire;
