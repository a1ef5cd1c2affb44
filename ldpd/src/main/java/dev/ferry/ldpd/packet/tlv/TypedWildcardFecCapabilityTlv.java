package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;

/**
 * Typed Wildcard FEC capability (RFC 5918 section 4): the sender understands Typed Wildcard FEC elements.
 * Wire format: {@link CapabilityTlv}, no capability data, so Length is 1.
 */
public record TypedWildcardFecCapabilityTlv(boolean state) implements CapabilityTlv {
    @Override
    public TlvType type() {
        return TlvType.TYPED_WILDCARD_FEC_CAPABILITY;
    }

    public static TypedWildcardFecCapabilityTlv decode(WireReader value) throws DecodeException {
        return new TypedWildcardFecCapabilityTlv(CapabilityTlvs.decodeState(value, TlvType.TYPED_WILDCARD_FEC_CAPABILITY));
    }
}
