package dev.ferry.bgpd.message;

import dev.ferry.bgpd.attr.AsPathSegment;
import dev.ferry.bgpd.capability.Capability;
import dev.ferry.bgpd.capability.CapabilityCodec;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * OPEN (RFC 4271 section 4.2). Optional parameters are all Capabilities parameters (type 2, RFC 5492); each
 * holds one or more capabilities (FRR sends one per parameter, others group them), kept as received. When
 * they exceed 255 bytes, or {@code extendedParameters} is set, the RFC 9072 form is used: a 255 length, a
 * 255 type, a 2-byte length, and 2-byte lengths for each parameter.
 * <pre>
 * +---------+-----------+-----------+-------------------+-----------+----------------------+
 * | Version | My AS (2) | Hold (2)  | BGP Identifier(4) | OptLen(1) | Optional Parameters  |
 * +---------+-----------+-----------+-------------------+-----------+----------------------+
 * </pre>
 *
 * @param myAs the 2-byte field: the AS, or AS_TRANS for a 4-byte AS (see {@link #asNumber()})
 */
public record OpenMessage(int version, int myAs, int holdTime, int bgpIdentifier, List<List<Capability>> parameters,
        boolean extendedParameters) implements BgpMessage {
    public static final int VERSION = 4;
    public static final int CAPABILITIES_PARAMETER = 2;
    public static final int EXTENDED_PARAMETERS_TYPE = 255;

    public OpenMessage {
        List<List<Capability>> copy = new ArrayList<>();
        for (List<Capability> p : parameters) {
            copy.add(List.copyOf(p));
        }
        parameters = List.copyOf(copy);
    }

    /** An OPEN as FRR builds it: AS_TRANS in My AS above 65535, one capability per parameter. */
    public static OpenMessage of(int as, int holdTime, int bgpIdentifier, List<Capability> capabilities) {
        List<List<Capability>> params = new ArrayList<>();
        for (Capability c : capabilities) {
            params.add(List.of(c));
        }
        int field = Integer.compareUnsigned(as, 0xffff) > 0 ? AsPathSegment.AS_TRANS : as;
        return new OpenMessage(VERSION, field, holdTime, bgpIdentifier, params, false);
    }

    public List<Capability> capabilities() {
        List<Capability> out = new ArrayList<>();
        for (List<Capability> p : parameters) {
            out.addAll(p);
        }
        return out;
    }

    /** The first capability of a class, or null. */
    public <T extends Capability> T capability(Class<T> kind) {
        for (List<Capability> p : parameters) {
            for (Capability c : p) {
                if (kind.isInstance(c)) {
                    return kind.cast(c);
                }
            }
        }
        return null;
    }

    /** The speaker's AS: from the 4-octet AS capability when present (RFC 6793), else My AS. */
    public int asNumber() {
        FourOctetAsCapability c = capability(FourOctetAsCapability.class);
        return c != null ? c.as() : myAs;
    }

    private int parametersLength(boolean extended) {
        int n = 0;
        for (List<Capability> p : parameters) {
            n += (extended ? 3 : 2) + CapabilityCodec.encodedLength(p);
        }
        return n;
    }

    private boolean useExtended() {
        return extendedParameters || parametersLength(false) > 255;
    }

    @Override
    public int type() {
        return MessageType.OPEN;
    }

    @Override
    public int bodyLength(CodecContext ctx) {
        boolean ext = useExtended();
        return 10 + (ext ? 3 : 0) + parametersLength(ext);
    }

    @Override
    public void writeBody(ByteBuffer out, CodecContext ctx) {
        boolean ext = useExtended();
        out.put((byte) version);
        out.putShort((short) myAs);
        out.putShort((short) holdTime);
        out.putInt(bgpIdentifier);
        if (ext) {
            out.put((byte) 255);
            out.put((byte) EXTENDED_PARAMETERS_TYPE);
            out.putShort((short) parametersLength(true));
        } else {
            out.put((byte) parametersLength(false));
        }
        for (List<Capability> p : parameters) {
            out.put((byte) CAPABILITIES_PARAMETER);
            int len = CapabilityCodec.encodedLength(p);
            if (ext) {
                out.putShort((short) len);
            } else {
                out.put((byte) len);
            }
            CapabilityCodec.write(out, p);
        }
    }

    @Override
    public String toString() {
        return "OPEN v" + version + " AS " + Integer.toUnsignedString(asNumber()) + " hold " + holdTime + " id "
                + Ipv4Addresses.format(bgpIdentifier) + " " + capabilities();
    }
}
