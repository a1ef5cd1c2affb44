package dev.ferry.ospfd.runtime;

/** Why packets of one interface were dropped: `show ip ospf interface` prints them, tests assert them. */
final class LinkCounters {
    long helloMismatches;
    long mtuMismatches;
    long authenticationFailures;
    long unknownNeighbor;
    long received;
    long sent;
}
