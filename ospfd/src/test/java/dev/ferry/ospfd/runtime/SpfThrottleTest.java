package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.config.SpfTimers;
import org.junit.jupiter.api.Test;

/** `timers throttle spf` with FRR 8.4's arithmetic (ospf_spf_calculate_schedule). */
class SpfThrottleTest {
    private static final SpfTimers DEFAULT = SpfTimers.DEFAULT; // 0 50 5000

    @Test
    void theFirstEventRunsAfterTheInitialDelay() {
        assertEquals(0, new SpfThrottle().delay(DEFAULT, 1000));
        assertEquals(200, new SpfThrottle().delay(new SpfTimers(200, 1000, 10000), 1000));
    }

    @Test
    void eventsWithinTheHoldWaitItOutAndLengthenTheNextHoldByOneHold() {
        SpfThrottle t = new SpfThrottle();
        t.ran(1000);
        assertEquals(40, t.delay(DEFAULT, 1010)); // hold 50, 10 elapsed
        assertEquals(2, t.holdMultiplier());
        t.ran(1050);
        assertEquals(100, t.delay(DEFAULT, 1050)); // hold 100
        t.ran(1150);
        assertEquals(140, t.delay(DEFAULT, 1160)); // hold 150, 10 elapsed
        assertEquals(4, t.holdMultiplier());
    }

    @Test
    void theHoldStopsGrowingAtTheMaximum() {
        SpfThrottle t = new SpfThrottle();
        long now = 0;
        t.ran(now);
        for (int i = 0; i < 200; i++) {
            now += t.delay(DEFAULT, now);
            t.ran(now);
        }
        assertEquals(5000, t.delay(DEFAULT, now));
        assertEquals(100, t.holdMultiplier(), "50 ms x 100 = the 5 s maximum, not beyond");
    }

    @Test
    void anEventAfterTheCurrentHoldRunsAtOnceAndResetsTheHold() {
        SpfThrottle t = new SpfThrottle();
        long now = 0;
        t.ran(now);
        for (int i = 0; i < 30; i++) { // a flood: the hold has grown to 1.5 s
            now += t.delay(DEFAULT, now);
            t.ran(now);
        }
        long hold = 50L * t.holdMultiplier();
        assertEquals(0, t.delay(DEFAULT, now + hold), "quiet for one hold time: run now");
        assertEquals(1, t.holdMultiplier());
    }

    @Test
    void theInitialDelayIsAlwaysHonoured() {
        SpfTimers timers = new SpfTimers(100, 50, 5000);
        SpfThrottle t = new SpfThrottle();
        t.ran(0);
        assertEquals(100, t.delay(timers, 30), "20 ms of hold left, but the delay is 100");
    }
}
