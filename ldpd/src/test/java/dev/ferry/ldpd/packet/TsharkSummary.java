package dev.ferry.ldpd.packet;

import dev.ferry.ldpd.packet.message.KnownMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import dev.ferry.ldpd.packet.tlv.CapabilityTlv;
import dev.ferry.ldpd.packet.tlv.CommonHelloParamsTlv;
import dev.ferry.ldpd.packet.tlv.CommonSessionParamsTlv;
import dev.ferry.ldpd.packet.tlv.ConfigSequenceNumberTlv;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.ldpd.packet.tlv.Ipv4TransportAddressTlv;
import dev.ferry.ldpd.packet.tlv.PrefixFec;
import dev.ferry.ldpd.packet.tlv.Tlv;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per message in the format ldp-session.tshark.py extracts from {@code tshark -V}, written from what Ferry
 * decoded, so the two can be compared line by line. Only the TLVs the capture holds are spelt out; any other TLV
 * prints as "?" and fails the comparison.
 */
final class TsharkSummary {
    private TsharkSummary() {
    }

    static String line(String stream, LdpId id, Message m) {
        List<String> words = new ArrayList<>();
        words.add(stream);
        words.add(id.toString());
        words.add(tsharkName(m));
        words.add(String.format("id=0x%08x", m.messageId()));
        for (Tlv t : m.parameters()) {
            words.add("tlv=0x" + Integer.toHexString(t.typeCode()));
            words.addAll(fields(t));
        }
        return String.join(" ", words);
    }

    private static String tsharkName(Message m) {
        if (!(m instanceof KnownMessage k)) {
            return "?";
        }
        return switch (k.type()) {
            case HELLO -> "Hello";
            case INITIALIZATION -> "Initialization";
            case KEEPALIVE -> "KeepAlive";
            case ADDRESS -> "Address";
            case LABEL_MAPPING -> "LabelMapping";
            default -> "?" + k.type();
        };
    }

    private static List<String> fields(Tlv t) {
        return switch (t) {
            case CommonHelloParamsTlv h -> List.of("hold=" + h.holdTime(), "T=" + bit(h.targeted()),
                    "R=" + bit(h.requestTargeted()), "G=" + bit(h.gtsm()));
            case Ipv4TransportAddressTlv a -> List.of("transport=" + Inet.format(a.address()));
            case ConfigSequenceNumberTlv c -> List.of("cseq=" + c.sequence());
            case CommonSessionParamsTlv s -> List.of("version=" + s.protocolVersion(), "keepalive=" + s.keepaliveTime(),
                    "A=" + bit(s.downstreamOnDemand()), "D=" + bit(s.loopDetection()), "pvlim=" + s.pathVectorLimit(),
                    "maxpdu=" + s.maxPduLength(), "receiver=" + Inet.format(s.receiver().lsrId()),
                    "rxspace=" + s.receiver().labelSpace());
            case CapabilityTlv c -> List.of("value=" + (c.state() ? "80" : "00"));
            case AddressListTlv a -> {
                List<String> out = new ArrayList<>();
                out.add("af=" + a.family().number());
                a.addresses().forEach(x -> out.add("addr=" + Inet.format(x)));
                yield out;
            }
            case FecTlv f -> {
                List<String> out = new ArrayList<>();
                for (var e : f.elements()) {
                    if (e instanceof PrefixFec p) {
                        out.add("len=" + p.length());
                        out.add("prefix=" + Inet.format(p.prefix()));
                    } else {
                        out.add("?" + e);
                    }
                }
                yield out;
            }
            case GenericLabelTlv l -> List.of("label=" + l.label());
            default -> List.of("?");
        };
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }
}
