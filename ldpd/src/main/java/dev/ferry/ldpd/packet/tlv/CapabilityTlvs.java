package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;

/** Decoding shared by the capability TLVs that carry nothing but the S bit (FRR checks the length is 1). */
final class CapabilityTlvs {
    private CapabilityTlvs() {
    }

    static boolean decodeState(WireReader v, TlvType type) throws DecodeException {
        TlvValues.expectLength(v, 1, type);
        return (v.u8("capability flags") & CapabilityTlv.STATE_BIT) != 0;
    }
}
