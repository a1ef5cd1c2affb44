package dev.ferry.ldpd.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelAllocatorTest {

    @Test
    void labelsComeInOrderFromChunksAndAChunkIsAskedOnce() {
        LabelAllocator a = new LabelAllocator();
        assertEquals(-1, a.allocate());
        assertTrue(a.wantsChunk());
        assertFalse(a.wantsChunk(), "a request is in flight");
        a.addChunk(16, 79);
        assertEquals(16, a.allocate());
        assertEquals(17, a.allocate());
        assertFalse(a.wantsChunk());
        a.addChunk(200, 201);
        for (int i = 18; i <= 79; i++) {
            assertEquals(i, a.allocate());
        }
        assertEquals(200, a.allocate());
    }

    @Test
    void releasedLabelsAreReusedAndReservedOnesIgnored() {
        LabelAllocator a = new LabelAllocator();
        a.addChunk(16, 20);
        int first = a.allocate();
        a.allocate();
        a.release(first);
        a.release(3);
        assertEquals(first, a.allocate());
        assertEquals(18, a.allocate());
    }

    @Test
    void aChunkGivenAgainAfterAReconnectionIsTakenOnce() {
        LabelAllocator a = new LabelAllocator();
        a.addChunk(16, 17);
        a.addChunk(16, 17);
        assertEquals(16, a.allocate());
        assertEquals(17, a.allocate());
        assertEquals(-1, a.allocate());
    }

    @Test
    void aRefusedRequestIsAskedAgain() {
        LabelAllocator a = new LabelAllocator();
        assertTrue(a.wantsChunk());
        a.requestFailed();
        assertTrue(a.wantsChunk());
    }
}
