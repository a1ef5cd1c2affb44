package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.RouterIds;

/** Small renderings every OSPF show command shares, spelled as FRR 8.4 spells them. */
final class ShowFormat {
    private static final String[] IF_FLAG_NAMES = {"UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT",
        "NOTRAILERS", "RUNNING", "NOARP", "PROMISC", "ALLMULTI", null, null, "MULTICAST"};

    private ShowFormat() {
    }

    static byte[] bytes(int address) {
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    static String ip(int address) {
        return RouterIds.format(address);
    }

    /** ospf_options_dump: "*|O|DC|EA|N/P|MC|E|M/T" with "-" for each bit not set. */
    static String options(int options) {
        return "*|" + ((options & 0x40) != 0 ? "O" : "-") + "|" + ((options & 0x20) != 0 ? "DC" : "-") + "|"
                + ((options & 0x10) != 0 ? "EA" : "-") + "|" + ((options & 0x08) != 0 ? "N/P" : "-") + "|"
                + ((options & 0x04) != 0 ? "MC" : "-") + "|" + ((options & 0x02) != 0 ? "E" : "-") + "|"
                + ((options & 0x01) != 0 ? "M/T" : "-");
    }

    /** if_flag_dump: the kernel's IFF_* flags FRR names, in bit order: "&lt;UP,BROADCAST,RUNNING,MULTICAST&gt;". */
    static String interfaceFlags(int flags) {
        StringBuilder sb = new StringBuilder("<");
        for (int bit = 0; bit < IF_FLAG_NAMES.length; bit++) {
            if (IF_FLAG_NAMES[bit] != null && (flags & (1 << bit)) != 0) {
                sb.append(sb.length() > 1 ? "," : "").append(IF_FLAG_NAMES[bit]);
            }
        }
        return sb.append('>').toString();
    }

    /** ospf_network_type_str. */
    static String networkType(InterfaceKind kind) {
        return switch (kind) {
            case POINT_TO_POINT -> "POINTOPOINT";
            case BROADCAST -> "BROADCAST";
            case NBMA -> "NBMA";
            case POINT_TO_MULTIPOINT -> "POINTOMULTIPOINT";
            case VIRTUAL_LINK -> "VIRTUALLINK";
            case LOOPBACK -> "LOOPBACK";
        };
    }

    /** ospf_lsa_type_msg. */
    static String lsaType(int type) {
        return switch (type) {
            case LsaTypes.V2_ROUTER -> "router-LSA";
            case LsaTypes.V2_NETWORK -> "network-LSA";
            case LsaTypes.V2_SUMMARY, LsaTypes.V2_ASBR_SUMMARY -> "summary-LSA";
            case LsaTypes.V2_AS_EXTERNAL -> "AS-external-LSA";
            case LsaTypes.V2_NSSA -> "NSSA-LSA";
            case LsaTypes.V2_OPAQUE_LINK -> "Link-Local Opaque-LSA";
            case LsaTypes.V2_OPAQUE_AREA -> "Area-Local Opaque-LSA";
            case LsaTypes.V2_OPAQUE_AS -> "AS-external Opaque-LSA";
            default -> "unknown";
        };
    }

    /** ospf_link_state_id_type_msg: what the Link State ID of each type names. */
    static String linkStateIdMeaning(int type) {
        return switch (type) {
            case LsaTypes.V2_ROUTER -> "(Router ID)";
            case LsaTypes.V2_NETWORK -> "(Designated Router address)";
            case LsaTypes.V2_SUMMARY -> "(summary Network Number)";
            case LsaTypes.V2_ASBR_SUMMARY -> "(AS Boundary Router address)";
            case LsaTypes.V2_AS_EXTERNAL -> "(External Network Number)";
            case LsaTypes.V2_NSSA -> "(External Network Number For NSSA)";
            default -> "(Link State ID)";
        };
    }

    /** ip_masklen: the number of leading one bits of a mask. */
    static int maskLength(int mask) {
        return Integer.bitCount(mask);
    }

    /** ipv4_broadcast_addr: the subnet's broadcast address, the address itself for /32 and /31. */
    static int broadcast(int address, int prefixLength) {
        if (prefixLength >= 31) {
            return prefixLength == 32 ? address : -1;
        }
        return address | ~Ipv4.mask(prefixLength);
    }
}
