package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireReader;

/**
 * Decodes one LSA: header, length, Fletcher checksum (RFC 2328 13 step 1), then the body by LS type. Types it does
 * not know are kept as {@link OpaqueBody}. A bad checksum or an unparsable body is an error whose reaction is to
 * discard that LSA only.
 */
public final class LsaCodec {
    private LsaCodec() {
    }

    /** Decodes the LSA that fills {@code bytes} exactly (its length field must equal the array's length). */
    public static DecodeResult<Lsa> decode(byte[] bytes, OspfVersion version) {
        try {
            return DecodeResult.ok(decodeExact(bytes, version));
        } catch (DecodeException e) {
            return DecodeResult.failed(e.error());
        }
    }

    /**
     * Reads the next LSA from {@code r}. A length that runs past the reader is {@link Reason#TRUNCATED_LSA} (the
     * enclosing packet cannot be walked further); other failures are LSA-level and leave {@code r} after the LSA.
     */
    public static DecodeResult<Lsa> next(WireReader r, OspfVersion version) throws DecodeException {
        byte[] head = r.peek(LsaHeader.LENGTH, "LSA header", Reason.TRUNCATED_LSA);
        int length = ((head[18] & 0xff) << 8) | (head[19] & 0xff);
        if (length < LsaHeader.LENGTH) {
            throw new DecodeException(Reason.TRUNCATED_LSA, "LSA length " + length + " below its header's 20 bytes");
        }
        byte[] bytes = r.bytes(length, "LSA of length " + length, Reason.TRUNCATED_LSA);
        return decode(bytes, version);
    }

    private static Lsa decodeExact(byte[] bytes, OspfVersion version) throws DecodeException {
        WireReader r = WireReader.of(bytes);
        LsaHeader h = LsaHeader.decode(r, version);
        if (h.length() != bytes.length) {
            throw new DecodeException(Reason.BAD_LSA_LENGTH,
                    "LSA length field " + h.length() + " but " + bytes.length + " bytes");
        }
        if (!LsaChecksum.verify(bytes, 0, bytes.length)) {
            throw new DecodeException(Reason.BAD_LSA_CHECKSUM, h + ": checksum should be 0x"
                    + Integer.toHexString(LsaChecksum.compute(bytes, 0, bytes.length)));
        }
        try {
            LsaBody body = decodeBody(r, h);
            if (r.remaining() != 0) { // the message is built only when needed: this runs for every LSA received
                r.expectEnd("LSA body of " + h, Reason.MALFORMED_LSA);
            }
            return new Lsa(h, body, bytes);
        } catch (DecodeException e) {
            if (e.error().reason() == Reason.MALFORMED_LSA) {
                throw e;
            }
            throw new DecodeException(Reason.MALFORMED_LSA, h + ": " + e.error().detail());
        }
    }

    private static LsaBody decodeBody(WireReader r, LsaHeader h) throws DecodeException {
        if (h.version() == OspfVersion.V2) {
            return switch (h.type()) {
                case LsaTypes.V2_ROUTER -> RouterLsaV2.decode(r);
                case LsaTypes.V2_NETWORK -> NetworkLsaV2.decode(r);
                case LsaTypes.V2_SUMMARY, LsaTypes.V2_ASBR_SUMMARY -> SummaryLsaV2.decode(r);
                case LsaTypes.V2_AS_EXTERNAL, LsaTypes.V2_NSSA -> ExternalLsaV2.decode(r);
                default -> new OpaqueBody(r.bytes(r.remaining(), "opaque LSA body"));
            };
        }
        return switch (h.type()) {
            case LsaTypes.V3_ROUTER -> RouterLsaV3.decode(r);
            case LsaTypes.V3_NETWORK -> NetworkLsaV3.decode(r);
            case LsaTypes.V3_INTER_AREA_PREFIX -> InterAreaPrefixLsa.decode(r);
            case LsaTypes.V3_INTER_AREA_ROUTER -> InterAreaRouterLsa.decode(r);
            case LsaTypes.V3_AS_EXTERNAL, LsaTypes.V3_NSSA -> ExternalLsaV3.decode(r);
            case LsaTypes.V3_LINK -> LinkLsa.decode(r);
            case LsaTypes.V3_INTRA_AREA_PREFIX -> IntraAreaPrefixLsa.decode(r);
            default -> new OpaqueBody(r.bytes(r.remaining(), "opaque LSA body"));
        };
    }
}
