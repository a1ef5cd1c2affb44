package dev.ferry.ospfd.core.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.packet.Hello;
import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FRR 8.4's own elections, read from its recorded Hellos: each time a router's Hello declares a new DR/BDR pair, our
 * election run from its previous declarations and its bidirectional neighbors' latest Hellos must give that pair.
 */
class FrrHelloReplayTest {
    /** A Hello as the election sees it, plus whom it lists. */
    private record Heard(Candidate candidate, List<Integer> neighbors) {
    }

    private static List<Heard> hellos(String capture) {
        List<Heard> out = new ArrayList<>();
        for (FrrCaptures.Captured c : FrrCaptures.ospf(capture)) {
            if (!(OspfPacketCodec.decode(c.payload()) instanceof DecodeResult.Ok<OspfPacket>(OspfPacket p))) {
                throw new AssertionError("FRR packet in frame " + c.frame() + " does not decode");
            }
            if (!(p.body() instanceof Hello h)) {
                continue;
            }
            int routerId = p.header().routerId();
            int id = p.header().version() == OspfVersion.V2 ? ByteBuffer.wrap(c.source()).getInt() : routerId;
            out.add(new Heard(new Candidate(routerId, id, h.priority(), h.designatedRouter(),
                    h.backupDesignatedRouter()), h.neighbors()));
        }
        return out;
    }

    /** Who ran an election (Router ID, dotted) and what it gave ("DR/BDR", dotted). */
    private record Run(String router, String result) {
        static Run of(int routerId, int dr, int bdr) {
            return new Run(RouterIds.format(routerId), RouterIds.format(dr) + "/" + RouterIds.format(bdr));
        }
    }

    /**
     * Replays the capture: each time a router's Hello declares a new pair, checks that our election gives it, and
     * returns the elections seen in order.
     */
    private static List<Run> replay(String capture) {
        Map<Integer, Heard> last = new LinkedHashMap<>();
        List<Run> runs = new ArrayList<>();
        for (Heard h : hellos(capture)) {
            Candidate now = h.candidate();
            Heard before = last.get(now.routerId());
            if (before != null && (before.candidate().declaredDr() != now.declaredDr()
                    || before.candidate().declaredBdr() != now.declaredBdr())) {
                List<Candidate> bidirectional = last.values().stream()
                        .filter(o -> o.candidate().routerId() != now.routerId())
                        .filter(o -> o.neighbors().contains(now.routerId()))
                        .map(Heard::candidate).toList();
                Election ours = DrElection.elect(new ElectionInput(before.candidate(), bidirectional));
                assertEquals(new Election(now.declaredDr(), now.declaredBdr()), ours,
                        "election of " + RouterIds.format(now.routerId()));
                runs.add(Run.of(now.routerId(), ours.dr(), ours.bdr()));
            }
            last.put(now.routerId(), h);
        }
        return runs;
    }

    @Test
    void ospfv2Capture() {
        // PR (9.9.9.9, 10.1.1.254) ends its Wait first: DR in the first pass, so step 4 re-runs and makes PE1 BDR.
        // PE1 (1.1.1.1, 10.1.1.2) then follows PR's claim. FRR shows PR as DR, PE1 as Backup.
        assertEquals(List.of(Run.of(RouterIds.parse("9.9.9.9"), RouterIds.parse("10.1.1.254"),
                RouterIds.parse("10.1.1.2")),
                Run.of(RouterIds.parse("1.1.1.1"), RouterIds.parse("10.1.1.254"), RouterIds.parse("10.1.1.2"))),
                replay(FrrCaptures.V2));
        Election e = new Election(RouterIds.parse("10.1.1.254"), RouterIds.parse("10.1.1.2"));
        assertEquals(InterfaceState.DR, e.stateFor(RouterIds.parse("10.1.1.254")));
        assertEquals(InterfaceState.BACKUP, e.stateFor(RouterIds.parse("10.1.1.2")));
    }

    @Test
    void ospfv3Capture() {
        int f1 = RouterIds.parse("10.255.0.1");
        int f2 = RouterIds.parse("10.255.0.2");
        // F1 ends its Wait first and names F2 both DR and BDR: its own role did not change, so no step 4 re-run (RFC
        // 9.4 allows this transient). F2 then finds itself DR, re-runs, and picks F1 as BDR; F1 follows.
        assertEquals(List.of(Run.of(f1, f2, f2), Run.of(f2, f2, f1), Run.of(f1, f2, f1)), replay(FrrCaptures.V3));
    }
}
