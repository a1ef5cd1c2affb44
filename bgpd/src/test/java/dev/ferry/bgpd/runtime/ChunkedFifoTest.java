package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked queue behaves as an ArrayDeque used as a FIFO, within a chunk, across chunks and when emptied. */
class ChunkedFifoTest {

    @Test
    void randomAddsAndPollsMatchAnArrayDeque() {
        ChunkedFifo<Integer> q = new ChunkedFifo<>();
        ArrayDeque<Integer> ref = new ArrayDeque<>();
        Random r = new Random(3);
        for (int step = 0; step < 300_000; step++) {
            int op = r.nextInt(100);
            if (op < 55) {
                int burst = r.nextInt(5) == 0 ? r.nextInt(3000) : 1; // now and then past a chunk at once
                for (int i = 0; i < burst; i++) {
                    q.add(step + i);
                    ref.add(step + i);
                }
            } else if (op < 99) {
                assertEquals(ref.poll(), q.poll());
            } else {
                q.clear();
                ref.clear();
            }
            assertEquals(ref.size(), q.size());
            assertEquals(ref.peekLast(), q.peekLast());
            assertEquals(ref.isEmpty(), q.isEmpty());
        }
    }

    @Test
    void anEmptiedQueueStartsOverAndRefusesNull() {
        ChunkedFifo<String> q = new ChunkedFifo<>();
        assertNull(q.poll());
        assertNull(q.peekLast());
        for (int i = 0; i < 5000; i++) {
            q.add("x" + i);
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals("x" + i, q.poll());
        }
        assertTrue(q.isEmpty());
        q.add("again");
        assertEquals("again", q.peekLast());
        assertEquals("again", q.poll());
        assertThrows(NullPointerException.class, () -> q.add(null));
    }
}
