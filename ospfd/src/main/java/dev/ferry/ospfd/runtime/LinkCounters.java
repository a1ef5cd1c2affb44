package dev.ferry.ospfd.runtime;

/** Why packets of one interface were dropped: `show ip ospf interface` prints them, tests assert them. */
final class LinkCounters {
    long helloMismatches;
    long mtuMismatches;
    long authenticationFailures;
    /** Keyed-MD5 packets whose sequence number was below the last accepted from their sender (RFC 2328 D.5.1). */
    long cryptoSequenceDrops;
    long unknownNeighbor;
    long received;
    long sent;
}
