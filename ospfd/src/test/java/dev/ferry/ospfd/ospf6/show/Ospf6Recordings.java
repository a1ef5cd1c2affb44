package dev.ferry.ospfd.ospf6.show;

import dev.ferry.ospfd.core.lsdb.LsdbOnFrrDatabaseTest;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** FRR 8.4's recorded OSPFv3 outputs (F1, F2) and the LSAs it flooded in the recorded capture. */
final class Ospf6Recordings {
    static final int F1 = RouterIds.parse("10.255.0.1");
    static final int F2 = RouterIds.parse("10.255.0.2");

    private Ospf6Recordings() {
    }

    /** A recorded output, e.g. "F1/show_ipv6_ospf6_neighbor.txt". */
    static String frr(String path) {
        try (InputStream in = Ospf6Recordings.class.getResourceAsStream("/frr-reference/out/" + path)) {
            if (in == null) {
                throw new AssertionError("no recording " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every LSA F1 and F2 flooded on eth0 in the capture (newest instance of each). */
    static List<Lsa> flooded() {
        List<Lsa> out = new ArrayList<>();
        LsdbOnFrrDatabaseTest.flooded(FrrCaptures.V3, OspfVersion.V3).all().forEach(out::add);
        return out;
    }

    /** The flooded LSAs of one flooding scope. */
    static List<Lsa> scope(List<Lsa> lsas, LsaTypes.Scope scope) {
        return lsas.stream().filter(l -> LsaTypes.v3Scope(l.header().type()) == scope).toList();
    }
}
