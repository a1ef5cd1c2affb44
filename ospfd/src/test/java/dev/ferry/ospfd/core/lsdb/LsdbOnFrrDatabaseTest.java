package dev.ferry.ospfd.core.lsdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaComparison;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.wire.OspfVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The database FRR 8.4 flooded in the recorded capture, installed newest-wins, against the per-type counts and
 * checksum sums FRR printed in {@code show ip ospf} on PR (frr-reference/out/PR/show_ip_ospf.txt).
 */
public class LsdbOnFrrDatabaseTest {

    /** Every LSA flooded in {@code capture}, the newest instance of each kept (RFC 2328 13.1). */
    public static Lsdb flooded(String capture, OspfVersion version) {
        Lsdb lsdb = new Lsdb(version, () -> 0L);
        for (FrrCaptures.Captured c : FrrCaptures.ospf(capture)) {
            if (OspfPacketCodec.decode(c.payload()).value().body() instanceof LinkStateUpdate u) {
                for (Lsa lsa : u.lsas()) {
                    Lsa old = lsdb.lookup(lsa.key());
                    if (old == null || LsaComparison.isNewer(lsa.header(), old.header())) {
                        lsdb.install(lsa);
                    }
                }
            }
        }
        return lsdb;
    }

    private static TypeSummary frrSummary(String show, String typeName) {
        Matcher m = Pattern.compile("Number of " + typeName + " LSA (\\d+)\\. Checksum Sum 0x([0-9a-f]+)")
                .matcher(show);
        if (!m.find()) {
            throw new AssertionError("no " + typeName + " line in show ip ospf");
        }
        return new TypeSummary(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2), 16));
    }

    @Test
    void countsAndChecksumSumsAsFrrShowsThem() throws IOException {
        String show;
        try (InputStream in = getClass().getResourceAsStream("/frr-reference/out/PR/show_ip_ospf.txt")) {
            show = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Lsdb lsdb = flooded(FrrCaptures.V2, OspfVersion.V2);
        assertEquals(frrSummary(show, "router"), lsdb.summary(LsaTypes.V2_ROUTER));
        assertEquals(frrSummary(show, "network"), lsdb.summary(LsaTypes.V2_NETWORK));
        assertEquals(frrSummary(show, "summary"), lsdb.summary(LsaTypes.V2_SUMMARY));
        assertEquals(frrSummary(show, "ASBR summary"), lsdb.summary(LsaTypes.V2_ASBR_SUMMARY));
        Matcher total = Pattern.compile("Number of LSA (\\d+)").matcher(show);
        total.find();
        assertEquals(Integer.parseInt(total.group(1)), lsdb.size());
    }
}
