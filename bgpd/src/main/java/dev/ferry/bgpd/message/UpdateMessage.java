package dev.ferry.bgpd.message;

import dev.ferry.bgpd.attr.MpReachNlri;
import dev.ferry.bgpd.attr.MpUnreachNlri;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.NlriCodec;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * UPDATE (RFC 4271 section 4.3): IPv4 withdrawals, path attributes, IPv4 NLRI. Other families travel in
 * MP_REACH_NLRI / MP_UNREACH_NLRI among the attributes.
 * <pre>
 * +-----------------------------------------------------+
 * |   Withdrawn Routes Length (2 octets)                |
 * |   Withdrawn Routes (variable)                       |
 * |   Total Path Attribute Length (2 octets)            |
 * |   Path Attributes (variable)                        |
 * |   Network Layer Reachability Information (variable) |
 * +-----------------------------------------------------+
 * </pre>
 */
public record UpdateMessage(List<Ipv4Prefix> withdrawn, PathAttributes attributes, List<Ipv4Prefix> nlri)
        implements BgpMessage {
    public UpdateMessage {
        withdrawn = List.copyOf(withdrawn);
        nlri = List.copyOf(nlri);
    }

    public static UpdateMessage endOfRibIpv4() {
        return new UpdateMessage(List.of(), PathAttributes.EMPTY, List.of());
    }

    /** True for an End-of-RIB marker (RFC 4724 section 2): empty, or a lone empty MP_UNREACH_NLRI. */
    public boolean isEndOfRib() {
        if (!withdrawn.isEmpty() || !nlri.isEmpty()) {
            return false;
        }
        if (attributes.isEmpty()) {
            return true;
        }
        MpUnreachNlri u = attributes.mpUnreach();
        return attributes.size() == 1 && u != null && u.isEndOfRib();
    }

    /** Whether the UPDATE announces any route, in the NLRI field or MP_REACH_NLRI. */
    public boolean announces() {
        MpReachNlri r = attributes.mpReach();
        return !nlri.isEmpty() || (r != null && !r.nlri().isEmpty());
    }

    @Override
    public int type() {
        return MessageType.UPDATE;
    }

    @Override
    public int bodyLength(CodecContext ctx) {
        int n = 4 + attributes.encodedLength(ctx);
        for (Ipv4Prefix p : withdrawn) {
            n += NlriCodec.encodedLength(p);
        }
        for (Ipv4Prefix p : nlri) {
            n += NlriCodec.encodedLength(p);
        }
        return n;
    }

    @Override
    public void writeBody(ByteBuffer out, CodecContext ctx) {
        int wStart = out.position();
        out.putShort((short) 0);
        for (Ipv4Prefix p : withdrawn) {
            NlriCodec.write(out, p);
        }
        out.putShort(wStart, (short) (out.position() - wStart - 2));
        int aStart = out.position();
        out.putShort((short) 0);
        attributes.write(out, ctx);
        out.putShort(aStart, (short) (out.position() - aStart - 2));
        for (Ipv4Prefix p : nlri) {
            NlriCodec.write(out, p);
        }
    }
}
