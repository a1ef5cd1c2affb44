package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * FEC TLV (RFC 5036 section 3.4.1): one or more FEC elements.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0|0| FEC (0x0100)              |      Length                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        FEC Element 1                          |
 * ~                                                               ~
 * |                        FEC Element n                          |
 * </pre>
 * No element, or a Wildcard or Typed Wildcard element among others (RFC 5036 3.4.1, RFC 5918 3), is a Malformed TLV Value; an element type this codec does not
 * know is Unknown FEC (advisory: the message is refused, the session goes on). Which element kinds a message may
 * carry is the message's rule.
 */
public record FecTlv(List<FecElement> elements) implements KnownTlv {
    public FecTlv {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a FEC TLV needs an element");
        }
    }

    public static FecTlv of(FecElement... elements) {
        return new FecTlv(List.of(elements));
    }

    @Override
    public TlvType type() {
        return TlvType.FEC;
    }

    /** Whether one of the elements is a (typed or not) wildcard. */
    public boolean hasWildcard() {
        return elements.stream().anyMatch(e -> !(e instanceof PrefixFec));
    }

    public static FecTlv decode(WireReader value) throws DecodeException {
        List<FecElement> out = new ArrayList<>();
        while (value.hasRemaining()) {
            int type = value.u8("FEC element type");
            out.add(switch (type) {
                case FecElement.WILDCARD -> new WildcardFec();
                case FecElement.PREFIX -> PrefixFec.decodeBody(value);
                case FecElement.TYPED_WILDCARD -> TypedWildcardFec.decodeBody(value);
                default -> throw new DecodeException(StatusCode.UNKNOWN_FEC, "FEC element type " + type);
            });
        }
        if (out.isEmpty()) {
            throw TlvValues.malformed(TlvType.FEC, "no FEC element");
        }
        if (out.size() > 1 && out.stream().anyMatch(e -> !(e instanceof PrefixFec))) {
            throw TlvValues.malformed(TlvType.FEC, "a (typed) Wildcard FEC element must be the only element");
        }
        return new FecTlv(out);
    }

    @Override
    public void encodeValue(WireWriter w) {
        elements.forEach(e -> e.encode(w));
    }
}
