package dev.ferry.bgpd.wire;

/**
 * What a session has negotiated that changes how bytes are read and written: 2- or 4-octet AS numbers in
 * AS_PATH and AGGREGATOR (RFC 6793), whether the peer is external (RFC 7606's rules for LOCAL_PREF,
 * ORIGINATOR_ID, CLUSTER_LIST and confederation segments) and the largest message allowed (RFC 8654).
 *
 * @param external an eBGP peer outside our confederation
 */
public record CodecContext(boolean fourOctetAs, boolean external, boolean extendedMessage) {
    public static final int MAX_MESSAGE = 4096;
    public static final int MAX_EXTENDED_MESSAGE = 65535;

    /** iBGP between two 4-octet AS speakers, no extended messages: what two FRR routers negotiate by default. */
    public static final CodecContext IBGP = new CodecContext(true, false, false);
    public static final CodecContext EBGP = new CodecContext(true, true, false);

    public int maxMessageLength() {
        return extendedMessage ? MAX_EXTENDED_MESSAGE : MAX_MESSAGE;
    }

    /** 2 or 4: the bytes of one AS number in AS_PATH and AGGREGATOR. */
    public int asSize() {
        return fourOctetAs ? 4 : 2;
    }
}
