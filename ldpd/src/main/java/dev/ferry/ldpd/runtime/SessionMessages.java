package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.FecNode;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.AddressMessage;
import dev.ferry.ldpd.packet.message.AddressWithdrawMessage;
import dev.ferry.ldpd.packet.message.LabelMappingMessage;
import dev.ferry.ldpd.packet.message.LabelReleaseMessage;
import dev.ferry.ldpd.packet.message.LabelRequestMessage;
import dev.ferry.ldpd.packet.message.LabelWithdrawMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.MessageType;
import dev.ferry.ldpd.packet.message.NotificationMessage;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import dev.ferry.ldpd.packet.tlv.FecElement;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.ldpd.packet.tlv.PrefixFec;
import dev.ferry.ldpd.packet.tlv.StatusTlv;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFec;
import dev.ferry.ldpd.packet.tlv.WildcardFec;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/** The messages of an operational session that touch addresses and labels, handed to the LIB. */
final class SessionMessages {
    private SessionMessages() {
    }

    static void handle(LdpService service, Neighbor n, Message m) {
        var lib = service.lib();
        switch (m) {
            case AddressMessage a -> lib.peerAddresses(n.id(), ipv4(a.addresses()), true);
            case AddressWithdrawMessage a -> lib.peerAddresses(n.id(), ipv4(a.addresses()), false);
            case LabelMappingMessage map -> {
                for (FecElement e : map.fec().elements()) {
                    if (e instanceof PrefixFec p && Fec.of(p) != null) {
                        lib.mappingReceived(n.id(), Fec.of(p), map.label().label());
                    }
                }
            }
            case LabelWithdrawMessage w -> {
                Integer label = w.label().map(GenericLabelTlv::label).orElse(null);
                for (Fec f : targets(w.fec())) {
                    lib.withdrawReceived(n.id(), f, label);
                }
            }
            case LabelReleaseMessage r -> {
                for (Fec f : targets(r.fec())) {
                    lib.releaseReceived(n.id(), f);
                }
            }
            case LabelRequestMessage req -> answerRequest(service, n, req);
            default -> {
                // Capability and the rest: nothing to do (the dynamic capabilities FRR announces are not used)
            }
        }
    }

    /**
     * A Label Request: the mapping if this LSR has a binding (RFC 5036 A.1.1), else No Route. A Typed Wildcard
     * for IPv4 prefixes gets every binding, then End-of-LIB (RFC 5919 section 5.3, as FRR's
     * lde_check_request_wcard); one for IPv6 prefixes only the End-of-LIB (this LSR binds no IPv6 FEC).
     */
    private static void answerRequest(LdpService service, Neighbor n, LabelRequestMessage req) {
        if (req.fec().elements().getFirst() instanceof TypedWildcardFec t) {
            AddressFamily af = t.prefixFamily().orElse(null);
            if (af == AddressFamily.IPV4) {
                for (FecNode node : service.lib().nodes()) {
                    if (node.localLabel() != FecNode.NO_LABEL && node.hasRoute()) {
                        n.send(new LabelMappingMessage(service.nextMessageId(), FecTlv.of(node.fec().toElement()),
                                new GenericLabelTlv(node.localLabel())));
                    }
                }
            }
            if (af != null && n.capUnrecognizedNotification) {
                n.send(EndOfLib.notification(service.nextMessageId(), af));
            }
            return;
        }
        for (FecElement e : req.fec().elements()) {
            Fec f = e instanceof PrefixFec p ? Fec.of(p) : null;
            FecNode node = f == null ? null : service.fecNode(f);
            if (node != null && node.localLabel() != FecNode.NO_LABEL) {
                n.send(new LabelMappingMessage(service.nextMessageId(), FecTlv.of(e),
                        new GenericLabelTlv(node.localLabel())));
            } else {
                n.send(NotificationMessage.of(service.nextMessageId(), StatusTlv.of(StatusCode.NO_ROUTE,
                        req.messageId(), MessageType.LABEL_REQUEST.code())));
            }
        }
    }

    /**
     * The FECs a Withdraw or Release names: null (every FEC) for the Wildcard or the IPv4 prefix Typed Wildcard;
     * nothing for a Typed Wildcard of another FEC type or family (this LSR has none of those).
     */
    private static List<Fec> targets(FecTlv fec) {
        List<Fec> out = new ArrayList<>();
        for (FecElement e : fec.elements()) {
            switch (e) {
                case WildcardFec w -> out.add(null);
                case TypedWildcardFec t -> {
                    if (t.prefixFamily().orElse(null) == AddressFamily.IPV4) {
                        out.add(null);
                    }
                }
                case PrefixFec p -> {
                    Fec f = Fec.of(p);
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    private static List<Integer> ipv4(AddressListTlv list) {
        List<Integer> out = new ArrayList<>();
        for (InetAddress a : list.addresses()) {
            if (a instanceof Inet4Address v4) {
                out.add(Ipv4.of(v4));
            }
        }
        return out;
    }
}
