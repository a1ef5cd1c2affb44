package dev.ferry.ldpd.config;

/**
 * Link hello holdtime and interval (seconds) at one level: global, address family or interface. 0 means
 * "not set here": the level above decides.
 */
public final class HelloTimers {
    private int holdtime;
    private int interval;

    public HelloTimers(int holdtime, int interval) {
        this.holdtime = holdtime;
        this.interval = interval;
    }

    public int holdtime() {
        return holdtime;
    }

    public void holdtime(int seconds) {
        this.holdtime = seconds;
    }

    public int interval() {
        return interval;
    }

    public void interval(int seconds) {
        this.interval = seconds;
    }
}
