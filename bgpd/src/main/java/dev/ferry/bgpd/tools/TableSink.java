package dev.ferry.bgpd.tools;

import dev.ferry.bgpd.message.BgpMessage;
import dev.ferry.bgpd.message.NotificationMessage;
import dev.ferry.bgpd.message.UpdateMessage;
import java.io.IOException;

/**
 * The receiving end: reads the peer's UPDATEs with bgpd's own decoder and counts the IPv4 unicast prefixes
 * announced, until it has {@code expect} of them, the peer's End-of-RIB after at least one, or the session ends.
 * It answers nothing but KEEPALIVEs (from the session's timer): a second peer that only listens.
 */
final class TableSink {
    /** What arrived: prefixes announced, prefixes withdrawn, and when the first UPDATE and the last one came. */
    record Received(long announced, long withdrawn, int updates, double firstUpdate, double last, String ended) {
        String json() {
            return String.format("{\"prefixes\": %d, \"withdrawn\": %d, \"updates\": %d, \"t_first_update\": %.6f, "
                    + "\"t_done\": %.6f, \"recv_s\": %.4f, \"ended\": \"%s\"}", announced, withdrawn, updates,
                    firstUpdate, last, last - firstUpdate, ended);
        }
    }

    private TableSink() {
    }

    static Received receive(ToolSession session, long expect) {
        long announced = 0;
        long withdrawn = 0;
        int updates = 0;
        double first = 0;
        double last = 0;
        String ended;
        try {
            while (true) {
                BgpMessage m = session.read();
                if (m instanceof UpdateMessage u) {
                    double now = System.currentTimeMillis() / 1000.0;
                    if (u.isEndOfRib()) {
                        if (announced > 0) {
                            ended = "end-of-rib";
                            last = now;
                            break;
                        }
                        continue;
                    }
                    if (updates++ == 0) {
                        first = now;
                    }
                    announced += u.nlri().size();
                    withdrawn += u.withdrawn().size();
                    last = now;
                    if (expect > 0 && announced >= expect) {
                        ended = "expected";
                        break;
                    }
                } else if (m instanceof NotificationMessage n) {
                    ended = "notification " + n.code() + "/" + n.subcode();
                    break;
                }
            }
        } catch (IOException e) {
            ended = "closed: " + e.getMessage();
        }
        return new Received(announced, withdrawn, updates, first, last, ended);
    }
}
