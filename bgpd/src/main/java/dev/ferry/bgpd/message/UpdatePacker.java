package dev.ferry.bgpd.message;

import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.MpNextHop;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.nlri.RawNlri;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.NlriCodec;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * Packs many routes that share one attribute set into as few UPDATEs as the session's message size allows
 * (4096 bytes, or 65535 with RFC 8654). The fixed part of the message (header, lengths, attributes) is
 * written once into a reused buffer; each route is then written straight after it, and a full message is
 * patched with its lengths and handed to the {@link MessageSink}. Nothing is allocated per route.
 * <p>
 * Layouts (MP_REACH_NLRI and MP_UNREACH_NLRI first among the attributes, with Extended Length, as FRR
 * sends them):
 * <pre>
 * IPv4 announce:  header | 0000 | attr len | attributes                  | NLRI...
 * IPv4 withdraw:  header | wlen | withdrawn...                           | 0000
 * MP announce:    header | 0000 | attr len | MP_REACH(afi safi nh 0 NLRI...) | other attributes
 * MP withdraw:    header | 0000 | attr len | MP_UNREACH(afi safi NLRI...)
 * </pre>
 * Not thread-safe; one packer per (peer, attribute set) at a time. Call {@link #flush()} at the end.
 */
public final class UpdatePacker {
    private enum Kind { IPV4_ANNOUNCE, IPV4_WITHDRAW, MP_REACH, MP_UNREACH }

    private static final int HDR = MessageType.HEADER_LENGTH;

    private final Kind kind;
    private final AddressFamily family;
    private final MessageSink sink;
    private final byte[] out;
    private final byte[] trailer;
    private final int start;
    private final int limit;
    private final int mpLengthAt;
    private int pos;
    private int count;
    private int messages;

    private UpdatePacker(Kind kind, AddressFamily family, CodecContext ctx, MessageSink sink, byte[] template,
            byte[] trailer, int mpLengthAt) {
        this.kind = kind;
        this.family = family;
        this.sink = sink;
        this.out = new byte[ctx.maxMessageLength()];
        System.arraycopy(template, 0, out, 0, template.length);
        this.start = template.length;
        this.trailer = trailer;
        this.limit = out.length - trailer.length;
        this.mpLengthAt = mpLengthAt;
        this.pos = start;
        if (limit - start < 32) {
            throw new IllegalArgumentException("attributes leave no room for routes");
        }
    }

    /** Announces IPv4 unicast routes in the NLRI field; {@code attributes} must hold NEXT_HOP. */
    public static UpdatePacker ipv4(PathAttributes attributes, CodecContext ctx, MessageSink sink) {
        int alen = attributes.encodedLength(ctx);
        ByteBuffer t = ByteBuffer.allocate(HDR + 4 + alen);
        MessageEncoder.writeHeader(t, 0, MessageType.UPDATE);
        t.putShort((short) 0);
        t.putShort((short) alen);
        attributes.write(t, ctx);
        return new UpdatePacker(Kind.IPV4_ANNOUNCE, AddressFamily.IPV4_UNICAST, ctx, sink, t.array(), new byte[0], -1);
    }

    /** Withdraws IPv4 unicast routes in the Withdrawn Routes field. */
    public static UpdatePacker ipv4Withdraw(CodecContext ctx, MessageSink sink) {
        ByteBuffer t = ByteBuffer.allocate(HDR + 2);
        MessageEncoder.writeHeader(t, 0, MessageType.UPDATE);
        return new UpdatePacker(Kind.IPV4_WITHDRAW, AddressFamily.IPV4_UNICAST, ctx, sink, t.array(), new byte[2],
                -1);
    }

    /** Announces routes of {@code family} in MP_REACH_NLRI, followed by {@code others} (no NEXT_HOP needed). */
    public static UpdatePacker mpReach(AddressFamily family, MpNextHop nextHop, PathAttributes others,
            CodecContext ctx, MessageSink sink) {
        if (others.has(AttributeType.MP_REACH_NLRI) || others.has(AttributeType.MP_UNREACH_NLRI)) {
            throw new IllegalArgumentException("the packer writes the MP attribute itself");
        }
        ByteBuffer t = ByteBuffer.allocate(HDR + 4 + 4 + 5 + nextHop.length());
        MessageEncoder.writeHeader(t, 0, MessageType.UPDATE);
        t.putShort((short) 0);
        t.putShort((short) 0);
        t.put((byte) (AttributeType.OPTIONAL | AttributeType.EXTENDED_LENGTH));
        t.put((byte) AttributeType.MP_REACH_NLRI);
        int lengthAt = t.position();
        t.putShort((short) 0);
        t.putShort((short) family.afi());
        t.put((byte) family.safi());
        t.put((byte) nextHop.length());
        t.put(nextHop.bytes());
        t.put((byte) 0);
        return new UpdatePacker(Kind.MP_REACH, family, ctx, sink, t.array(), others.toBytes(ctx), lengthAt);
    }

    /** Withdraws routes of {@code family} in MP_UNREACH_NLRI. */
    public static UpdatePacker mpUnreach(AddressFamily family, CodecContext ctx, MessageSink sink) {
        ByteBuffer t = ByteBuffer.allocate(HDR + 4 + 4 + 3);
        MessageEncoder.writeHeader(t, 0, MessageType.UPDATE);
        t.putShort((short) 0);
        t.putShort((short) 0);
        t.put((byte) (AttributeType.OPTIONAL | AttributeType.EXTENDED_LENGTH));
        t.put((byte) AttributeType.MP_UNREACH_NLRI);
        int lengthAt = t.position();
        t.putShort((short) 0);
        t.putShort((short) family.afi());
        t.put((byte) family.safi());
        return new UpdatePacker(Kind.MP_UNREACH, family, ctx, sink, t.array(), new byte[0], lengthAt);
    }

    /** Adds one route of the packer's family. */
    public void add(Nlri nlri) {
        boolean fits = switch (nlri) {
            case Prefix p -> !family.isVpn() && p.addressLength() == family.addressLength();
            case VpnPrefix v -> family.isVpn() && v.prefix().addressLength() == family.addressLength();
            case RawNlri r -> !family.isKnown();
        };
        if (!fits) {
            throw new IllegalArgumentException(nlri + " is not a " + family + " route");
        }
        room(NlriCodec.encodedLength(nlri));
        pos = NlriCodec.write(out, pos, nlri);
        count++;
    }

    /** Adds an IPv4 prefix given as an int address and a length: the allocation-free path. */
    public void addIpv4(int address, int length) {
        room(1 + ((length + 7) >>> 3));
        pos = NlriCodec.writeIpv4(out, pos, address, length);
        count++;
    }

    /** Adds a VPN-IPv4 route (use {@code MplsLabels.WITHDRAW_FIELD} as the label field in a withdrawal). */
    public void addVpnIpv4(RouteDistinguisher rd, int labelField, int address, int length) {
        room(12 + ((length + 7) >>> 3));
        pos = NlriCodec.writeVpnIpv4(out, pos, rd, labelField, address, length);
        count++;
    }

    private void room(int need) {
        if (pos + need > limit) {
            flush();
            if (pos + need > limit) {
                throw new IllegalArgumentException("a route of " + need + " bytes does not fit a message");
            }
        }
    }

    /** Sends the message being filled, if it holds any route. */
    public void flush() {
        if (count == 0) {
            return;
        }
        int end = pos;
        switch (kind) {
            case IPV4_ANNOUNCE -> { }
            case IPV4_WITHDRAW -> {
                putShort(HDR, end - HDR - 2);
                out[end++] = 0;
                out[end++] = 0;
            }
            case MP_REACH, MP_UNREACH -> {
                putShort(mpLengthAt, end - mpLengthAt - 2);
                System.arraycopy(trailer, 0, out, end, trailer.length);
                end += trailer.length;
                putShort(HDR + 2, end - HDR - 4);
            }
        }
        putShort(16, end);
        sink.accept(out, 0, end);
        messages++;
        pos = start;
        count = 0;
    }

    private void putShort(int at, int v) {
        out[at] = (byte) (v >>> 8);
        out[at + 1] = (byte) v;
    }

    /** Messages handed to the sink so far. */
    public int messages() {
        return messages;
    }
}
