package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

/** A connection is read no further while the loop has PAUSE_AT of its messages to handle, and again at RESUME_AT. */
class ReadThrottleTest {

    @Test
    void readingStopsAtPauseAtAndGoesOnWhenTheLoopHasCaughtUp() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ReadThrottle t = new ReadThrottle();
        for (int i = 1; i < ReadThrottle.PAUSE_AT; i++) {
            t.handedOver(ch);
        }
        assertTrue(ch.config().isAutoRead(), "below the mark");
        t.handedOver(ch);
        assertFalse(ch.config().isAutoRead(), ReadThrottle.PAUSE_AT + " waiting");

        for (int i = ReadThrottle.PAUSE_AT; i > ReadThrottle.RESUME_AT + 1; i--) {
            t.handled(ch);
        }
        ch.runPendingTasks();
        assertFalse(ch.config().isAutoRead(), "still " + t.waiting() + " waiting");
        t.handled(ch);
        assertEquals(ReadThrottle.RESUME_AT, t.waiting());
        assertFalse(ch.config().isAutoRead(), "the I/O thread resumes, not the loop");
        ch.runPendingTasks();
        assertTrue(ch.config().isAutoRead(), "resumed at " + ReadThrottle.RESUME_AT);
    }

    @Test
    void aResumeAskedForBeforeThePauseStillResumes() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ReadThrottle t = new ReadThrottle();
        for (int i = 0; i < ReadThrottle.RESUME_AT + 1; i++) {
            t.handedOver(ch);
        }
        t.handled(ch); // the loop reaches RESUME_AT and asks for a resume (queued on the I/O thread) ...
        for (int i = 0; i < ReadThrottle.PAUSE_AT; i++) {
            t.handedOver(ch); // ... while the I/O thread reads on and pauses
        }
        assertFalse(ch.config().isAutoRead());
        ch.runPendingTasks(); // the resume sees more than RESUME_AT waiting: reading stays paused
        assertFalse(ch.config().isAutoRead(), t.waiting() + " waiting");
        while (t.waiting() > ReadThrottle.RESUME_AT) {
            t.handled(ch); // the loop catches up and crosses RESUME_AT again: a new resume
        }
        ch.runPendingTasks();
        assertTrue(ch.config().isAutoRead());
    }
}
