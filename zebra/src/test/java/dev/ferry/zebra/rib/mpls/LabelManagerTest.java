package dev.ferry.zebra.rib.mpls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.zebra.rib.ClientId;
import org.junit.jupiter.api.Test;

/** Label chunks in FRR's order: reuse exact-size free chunks, fill holes, then append; release per client. */
class LabelManagerTest {
    private final ClientId ldp = new ClientId(1);
    private final ClientId bgp = new ClientId(2);

    @Test
    void chunksComeFromSixteenUpAndHolesAreReused() {
        LabelManager lm = new LabelManager();
        LabelChunk a = lm.getChunk(ldp, 64, false);
        LabelChunk b = lm.getChunk(bgp, 128, false);
        assertEquals("16-79", a.start() + "-" + a.end());
        assertEquals("80-207", b.start() + "-" + b.end());
        assertTrue(lm.releaseChunk(ldp, 16, 79));
        assertFalse(lm.releaseChunk(ldp, 80, 207), "not its chunk");
        LabelChunk c = lm.getChunk(bgp, 64, false);
        assertEquals(16, c.start(), "the free chunk of the same size");
        LabelChunk d = lm.getChunk(ldp, 32, false);
        assertEquals(208, d.start());
    }

    @Test
    void sessionEndReleasesAllButKeptChunks() {
        LabelManager lm = new LabelManager();
        LabelChunk a = lm.getChunk(ldp, 16, false);
        LabelChunk kept = lm.getChunk(ldp, 16, true);
        lm.releaseAll(ldp);
        assertNull(a.owner());
        assertEquals(ldp, kept.owner());
    }

    @Test
    void specificBaseAndExhaustion() {
        LabelManager lm = new LabelManager();
        lm.setDynamicRange(1000, 1099);
        assertEquals(1000, lm.getChunk(ldp, 50, false).start());
        assertEquals(1050, lm.getChunk(ldp, 50, false).start());
        assertNull(lm.getChunk(ldp, 1, false), "range exhausted");
        LabelChunk at = lm.getChunkAt(bgp, 10, 5000, false);
        assertEquals(5000, at.start());
        assertNull(lm.getChunkAt(ldp, 10, 5005, false), "overlaps a used chunk");
        assertNull(lm.getChunkAt(ldp, 10, 10, false), "reserved labels");
    }
}
