package dev.ferry.ospfd.ospf6.show;

/**
 * The ways ospf6d prints durations, which differ from ospfd's: most go through ospf6d.h's {@code timerstring}
 * macro ("00:01:02", "3d04:05:06"), hello timers through printfrr's {@code %pTHd} ("9.242", "-").
 */
final class Ospf6Times {
    private Ospf6Times() {
    }

    /**
     * ospf6d.h timerstring: "HH:MM:SS", with a day count in front once a day has passed ("1d02:03:04"). C's
     * truncating division and "%02lld" are kept, so a negative duration prints as FRR prints it.
     */
    static String timerstring(long millis) {
        long sec = Math.floorDiv(millis, 1000);
        if (sec / 60 / 60 / 24 != 0) {
            return String.format("%dd%02d:%02d:%02d", sec / 60 / 60 / 24, sec / 60 / 60 % 24, sec / 60 % 60,
                    sec % 60);
        }
        return String.format("%02d:%02d:%02d", sec / 60 / 60 % 24, sec / 60 % 60, sec % 60);
    }

    /** timerstring of a thread's remaining time, "00:00:00" when the thread is off (negative). */
    static String remaining(long dueMillis) {
        return timerstring(Math.max(dueMillis, 0));
    }

    /** ospf6d.h threadtimer_string: "inactive" without a thread, else timerstring of the time left. */
    static String threadTimer(long dueMillis) {
        return dueMillis < 0 ? "inactive" : timerstring(dueMillis);
    }

    /**
     * printfrr "%pTHd" (lib/thread.c printfrr_thread, lib/strformat.c printfrr_reltime with TIMEFMT_DECIMAL): seconds
     * with three decimals until the thread fires, "-" without a thread (negative).
     */
    static String decimalSeconds(long dueMillis) {
        if (dueMillis < 0) {
            return "-";
        }
        return String.format("%d.%03d", dueMillis / 1000, dueMillis % 1000);
    }

    /** The "%02ld:%02ld:%02ld" dead time of the neighbor list: whole seconds until the inactivity timer. */
    static String deadTime(long dueMillis) {
        long s = dueMillis < 0 ? 0 : dueMillis / 1000;
        long h = s / 3600;
        s -= h * 3600;
        long m = s / 60;
        s -= m * 60;
        return String.format("%02d:%02d:%02d", h, m, s);
    }
}
