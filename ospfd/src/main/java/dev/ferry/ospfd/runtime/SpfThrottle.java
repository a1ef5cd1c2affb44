package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.SpfTimers;

/**
 * `timers throttle spf DELAY HOLD MAX` as FRR 8.4 applies it ({@code ospf_spf_calculate_schedule}): an event
 * within the current hold time of the last run waits out the rest of it (at least DELAY) and lengthens the next
 * hold by one HOLD, up to MAX; an event after the hold time runs after DELAY and the hold falls back to HOLD.
 * So a long flood (10k LSAs arriving over seconds) runs SPF at growing intervals, and the first change after
 * a quiet spell, even a short one, is acted on at once. (Doubling the hold and keeping it until MAX passed in
 * silence, as Ferry did before, made a change seconds after a flood wait up to 5 s.)
 */
final class SpfThrottle {
    private int holdMultiplier = 1;
    private long lastRunMillis;
    private boolean ran;

    /** Milliseconds from {@code nowMillis} until the SPF an event asks for should run. */
    long delay(SpfTimers t, long nowMillis) {
        if (!ran) {
            return t.delay();
        }
        long elapsed = nowMillis - lastRunMillis;
        long hold = Math.min(t.hold() * holdMultiplier, t.maxHold());
        if (elapsed < hold) {
            if (hold < t.maxHold()) {
                holdMultiplier++;
            }
            return Math.max(t.delay(), hold - elapsed);
        }
        holdMultiplier = 1;
        return t.delay();
    }

    /** An SPF run ended at {@code nowMillis}: the hold time counts from here. */
    void ran(long nowMillis) {
        lastRunMillis = nowMillis;
        ran = true;
    }

    /** FRR's "Hold time multiplier is currently N". */
    int holdMultiplier() {
        return holdMultiplier;
    }
}
