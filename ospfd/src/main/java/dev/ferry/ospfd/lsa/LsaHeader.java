package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;

/**
 * The 20-byte LSA header of either version: alone in Database Description and Link State Acknowledgment packets,
 * and at the head of every LSA.
 *
 * <pre>
 * OSPFv2 (RFC 2328 A.4.1)                            OSPFv3 (RFC 5340 A.4.2)
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |            LS age             |    Options    |    LS type    |   v2
 * |            LS age             |           LS type             |   v3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Link State ID                          |
 * |                     Advertising Router                        |
 * |                     LS sequence number                        |
 * |         LS checksum           |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param options v2 only (v3 LSAs carry options in their bodies); 0 for v3
 * @param type v2: 8 bits; v3: 16 bits with U and scope bits
 * @param sequence signed, 0x80000001 (initial) to 0x7fffffff (max)
 */
public record LsaHeader(OspfVersion version, int age, int options, int type, int linkStateId,
                        int advertisingRouter, int sequence, int checksum, int length) {
    public static final int LENGTH = 20;
    /** RFC 2328 B: an LSA at MaxAge is being flushed. */
    public static final int MAX_AGE = 3600;
    /** RFC 2328 B: ages further apart than this mean different instances. */
    public static final int MAX_AGE_DIFF = 900;
    /** RFC 1793: the DoNotAge bit of LS age, set on demand circuits. */
    public static final int DO_NOT_AGE = 0x8000;
    public static final int INITIAL_SEQUENCE = 0x80000001;
    public static final int MAX_SEQUENCE = 0x7fffffff;

    public static LsaHeader decode(WireReader r, OspfVersion version) throws DecodeException {
        int age = r.u16("LS age");
        int options = 0;
        int type;
        if (version == OspfVersion.V2) {
            options = r.u8("LSA options");
            type = r.u8("LS type");
        } else {
            type = r.u16("LS type");
        }
        return new LsaHeader(version, age, options, type, r.u32("Link State ID"), r.u32("Advertising Router"),
                r.u32("LS sequence number"), r.u16("LS checksum"), r.u16("LSA length"));
    }

    public void encode(WireWriter w) {
        w.u16(age);
        if (version == OspfVersion.V2) {
            w.u8(options).u8(type);
        } else {
            w.u16(type);
        }
        w.u32(linkStateId).u32(advertisingRouter).u32(sequence).u16(checksum).u16(length);
    }

    public LsaKey key() {
        return new LsaKey(type, linkStateId, advertisingRouter);
    }

    /** The age in seconds, without the DoNotAge bit. */
    public int ageSeconds() {
        return age & ~DO_NOT_AGE;
    }

    public boolean isMaxAge() {
        return ageSeconds() >= MAX_AGE;
    }

    public LsaHeader withAge(int newAge) {
        return new LsaHeader(version, newAge, options, type, linkStateId, advertisingRouter, sequence, checksum,
                length);
    }

    @Override
    public String toString() {
        return "LSA(" + version + " type 0x" + Integer.toHexString(type) + " id " + RouterIds.format(linkStateId)
                + " adv " + RouterIds.format(advertisingRouter) + " seq 0x" + Integer.toHexString(sequence)
                + " age " + age + " cksum 0x" + Integer.toHexString(checksum) + " len " + length + ")";
    }
}
