/**
 * Raw IP sockets for OSPFv2 and OSPFv3 (protocol 89), through FFM (java.lang.foreign; no JNI).
 *
 * <pre>
 *   "ospfd-rx" platform thread                          ospfd's event loop
 *   --------------------------                          ------------------
 *   RawSocketReader: RawIpSocket.receive(200 ms)  --&gt;   Consumer&lt;Datagram&gt;: ifindex, source,
 *                                                       destination, OSPF packet
 *   RawIpSocket.send(ifindex, source, dest, packet) &lt;-- interface / neighbor state machines
 *   RawIpSocket.join / leave(ifindex, 224.0.0.5 | ff02::5 ...)
 * </pre>
 *
 * <p>How ospfd / ospf6d use it:
 * <pre>
 * RawIpSocket sock = RawIpSocket.openV4(89);            // ospf6d: RawIpSocket.openV6(89, 12)
 * sock.bindToDevice(vrfName);                           // VRF instances only
 * RawSocketReader rx = RawSocketReader.start("ospfd-rx", sock, loop, packets::received);
 * sock.join(ifindex, AllSPFRouters);                    // interface up; AllDRouters when DR/BDR
 * sock.send(ifindex, interfaceAddress, AllSPFRouters, helloBytes);
 * ...
 * rx.close(); sock.close();
 * </pre>
 * A socket opened inside {@code NetworkNamespace.call(name, ...)} stays in that namespace, which is how
 * tests put routers in namespaces.
 */
package dev.ferry.lib.rawsock;
