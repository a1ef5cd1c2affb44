package dev.ferry.bgpd.northbound;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** FRR's small formats: peer_uptime, mtype_memstr, the Last update timestamp. */
final class ShowFormat {
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy",
            Locale.ROOT).withZone(ZoneId.systemDefault());

    private ShowFormat() {
    }

    /** FRR's peer_uptime: "00:01:09", "1d02h03m", "02w1d03h"; "never" when there was no session. */
    static String uptime(long sinceMillis, boolean never) {
        if (never) {
            return "never";
        }
        long s = Math.max(0, (System.currentTimeMillis() - sinceMillis) / 1000);
        long day = 86400;
        if (s < day) {
            return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        if (s < 7 * day) {
            return String.format("%dd%02dh%02dm", s / day, (s / 3600) % 24, (s / 60) % 60);
        }
        return String.format("%02dw%dd%02dh", s / (7 * day), (s / day) % 7, (s / 3600) % 24);
    }

    /** FRR's mtype_memstr. */
    static String memory(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KiB";
        }
        return (bytes / (1024 * 1024)) + " MiB";
    }

    static String ctime(long millis) {
        String s = CTIME.format(Instant.ofEpochMilli(millis));
        // ctime pads the day of month to two characters
        String[] w = s.split(" ");
        if (w.length == 5 && w[2].length() == 1) {
            return w[0] + " " + w[1] + "  " + w[2] + " " + w[3] + " " + w[4];
        }
        return s;
    }

    /** Pads to {@code width}; a longer text is followed by a new line and {@code indent} spaces (FRR's layout). */
    static String column(String text, int width, int indent) {
        if (text.length() >= width) {
            return text + "\n" + " ".repeat(indent);
        }
        return text + " ".repeat(width - text.length());
    }
}
