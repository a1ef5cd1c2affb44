package dev.ferry.ospfd.config;

/**
 * `timers throttle spf DELAY HOLD MAX` (milliseconds).
 */
public record SpfTimers(long delay, long hold, long maxHold) {
    public static final SpfTimers DEFAULT = new SpfTimers(0, 50, 5000);
}
