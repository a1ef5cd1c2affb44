package dev.ferry.zebra.iface;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.iface.InterfaceListing.Row;
import java.util.List;

/**
 * `show interface brief` as FRR 8.4 prints it (ifs_dump_brief_vty), quirks included: a VRF without
 * interfaces still prints its closing empty line; per IPv4 subnet only the first primary address, with
 * "+ " when the subnet has more; then only the first global IPv6 address, with "+ " when the interface
 * has more than one IPv6 address counting link-local ones.
 */
final class InterfaceBrief {
    private InterfaceBrief() {
    }

    static void text(StringBuilder out, String vrf, List<Row> rows) {
        boolean header = true;
        for (Row r : rows) {
            if (header) {
                out.append(String.format("%-16s%-8s%-16s%s\n", "Interface", "Status", "VRF", "Addresses"));
                out.append(String.format("%-16s%-8s%-16s%s\n", "---------", "------", "---", "---------"));
                header = false;
            }
            out.append(String.format("%-16s%-8s%-16s", r.name(), isUp(r) ? "up" : "down", vrf));
            List<AddressInfo> all = r.link() == null ? List.of() : r.link().addresses;
            boolean first = true;
            for (List<AddressInfo> subnet : Addresses.ipv4Subnets(all)) {
                for (AddressInfo a : subnet) {
                    if (!a.secondary()) {
                        first = line(out, first, subnet.size() > 1, a);
                        break;
                    }
                }
            }
            List<AddressInfo> v6 = Addresses.ipv6(all);
            for (AddressInfo a : v6) {
                if (!a.secondary() && !Addresses.isLinkLocal(a.prefix())) {
                    first = line(out, first, v6.size() > 1, a);
                    break;
                }
            }
            if (first) {
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static boolean line(StringBuilder out, boolean first, boolean more, AddressInfo a) {
        if (!first) {
            out.append(" ".repeat(40));
        }
        if (more) {
            out.append("+ ");
        }
        out.append(a.prefix()).append('\n');
        return false;
    }

    static void json(JsonWriter w, String vrf, List<Row> rows) {
        for (Row r : rows) {
            w.name(r.name()).beginObject().field("status", isUp(r) ? "up" : "down").field("vrfName", vrf);
            w.name("addresses").beginArray();
            if (r.link() != null) {
                for (AddressInfo a : r.link().addresses) {
                    if (!a.secondary() && !Addresses.isLinkLocal(a.prefix())) {
                        w.value(a.prefix().toString());
                    }
                }
            }
            w.endArray().endObject();
        }
    }

    private static boolean isUp(Row r) {
        return r.link() != null && r.link().isUp();
    }
}
