package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.core.lsdb.LsdbOnFrrDatabaseTest;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.wire.OspfVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** FRR 8.4's recorded outputs and the database it flooded, for the show command tests. */
final class ShowRecordings {
    private ShowRecordings() {
    }

    /** A recorded output, e.g. "PE1/show_ip_ospf_interface.txt". */
    static String frr(String path) {
        try (InputStream in = ShowRecordings.class.getResourceAsStream("/frr-reference/out/" + path)) {
            if (in == null) {
                throw new AssertionError("no recording " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backbone's database as FRR flooded it in the recorded capture (PE1's eth0). */
    static Lsdb lsdb() {
        return LsdbOnFrrDatabaseTest.flooded(FrrCaptures.V2, OspfVersion.V2);
    }

    static List<Lsa> lsas(Lsdb lsdb) {
        List<Lsa> out = new ArrayList<>();
        lsdb.all().forEach(out::add);
        return out;
    }

    static boolean sameSubnet(int address, int prefixLength, IpPrefix p) {
        return new IpPrefix(ShowFormat.bytes(address), prefixLength).masked().equals(p.masked());
    }
}
