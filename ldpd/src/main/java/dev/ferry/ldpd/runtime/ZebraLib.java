package dev.ferry.ldpd.runtime;

import com.google.protobuf.ByteString;
import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.FecNode;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.label.LabelAllocator;
import dev.ferry.ldpd.label.LibSink;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.LabelMappingMessage;
import dev.ferry.ldpd.packet.message.LabelReleaseMessage;
import dev.ferry.ldpd.packet.message.LabelWithdrawMessage;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspNexthop;
import java.util.List;
import java.util.Optional;

/** The LIB's requests carried out: label messages to the peers' sessions, LSPs and label chunks to zebra. */
final class ZebraLib implements LibSink {
    private final LdpService service;
    private ZebraClient zebra;

    ZebraLib(LdpService service) {
        this.service = service;
    }

    void attach(ZebraClient client) {
        this.zebra = client;
    }

    @Override
    public void sendMapping(LdpId peer, Fec fec, int label) {
        Neighbor n = service.neighbor(peer);
        if (n != null) {
            n.send(new LabelMappingMessage(service.nextMessageId(), FecTlv.of(fec.toElement()),
                    new GenericLabelTlv(label)));
        }
    }

    @Override
    public void sendWithdraw(LdpId peer, Fec fec, int label) {
        Neighbor n = service.neighbor(peer);
        if (n != null) {
            n.send(new LabelWithdrawMessage(service.nextMessageId(), FecTlv.of(fec.toElement()),
                    Optional.of(new GenericLabelTlv(label))));
        }
    }

    @Override
    public void sendRelease(LdpId peer, Fec fec, int label) {
        Neighbor n = service.neighbor(peer);
        if (n != null) {
            n.send(new LabelReleaseMessage(service.nextMessageId(), FecTlv.of(fec.toElement()),
                    label == FecNode.NO_LABEL ? Optional.empty() : Optional.of(new GenericLabelTlv(label))));
        }
    }

    @Override
    public void installLsp(int inLabel, Fec fec, List<LspHop> hops) {
        if (zebra == null) {
            return;
        }
        Lsp.Builder b = Lsp.newBuilder().setInLabel(inLabel).setFec(IpPrefixes.of(Ipv4.bytes(fec.address()),
                fec.length()));
        for (LspHop h : hops) {
            b.addNexthops(LspNexthop.newBuilder().setGateway(ByteString.copyFrom(Ipv4.bytes(h.gateway())))
                    .setIfindex(h.ifindex()).addOutLabels(h.outLabel()));
        }
        zebra.addLsp(b);
    }

    @Override
    public void removeLsp(int inLabel) {
        if (zebra != null) {
            zebra.deleteLsp(inLabel);
        }
    }

    @Override
    public void needLabels() {
        if (zebra != null) {
            zebra.requestLabelChunk(LabelAllocator.CHUNK_SIZE, 0, false);
        }
    }

    /** LDP stops: its LSPs go. */
    void removeAll(List<Integer> inLabels) {
        inLabels.forEach(this::removeLsp);
    }
}
