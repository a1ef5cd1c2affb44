package dev.ferry.bgpd.tools;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.message.NotificationMessage;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.message.UpdatePacker;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends a full table on an established session: {@code count} consecutive IPv4 prefixes of one length from a
 * first one, with ORIGIN IGP, AS_PATH of our AS and a NEXT_HOP, packed as many to an UPDATE as 4096 bytes hold
 * (as a real full-table feed, and as the bench-anchors blaster), then an End-of-RIB. The writes block when the
 * peer is not reading, so the table goes as fast as the peer takes it.
 *
 * @param first the first prefix's address (IPv4, as an int); the next ones follow at 2^(32 - length) apart
 */
record TableInjector(int localAs, int first, int length, int count, int nextHop) {

    /** What was sent and how long the writes took. */
    record Sent(int prefixes, int updates, long bytes, double t0, double seconds) {
        String json() {
            return String.format("{\"prefixes\": %d, \"updates\": %d, \"bytes\": %d, \"t0\": %.6f, \"send_s\": %.4f}",
                    prefixes, updates, bytes, t0, seconds);
        }
    }

    TableInjector {
        if (length < 1 || length > 32 || count < 0 || (long) count << (32 - length) > 1L << 32) {
            throw new IllegalArgumentException(count + " prefixes of length " + length + " do not fit IPv4");
        }
    }

    Sent send(ToolSession session) throws IOException {
        PathAttributes attrs = PathAttributes.of(Origin.of(Origin.IGP), AsPath.sequence(localAs),
                NextHop.of(nextHop));
        long[] bytes = {0};
        int[] updates = {0};
        UpdatePacker packer = UpdatePacker.ipv4(attrs, CodecContext.EBGP, (buf, off, len) -> {
            try {
                session.write(buf, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes[0] += len;
            updates[0]++;
        });
        double t0 = System.currentTimeMillis() / 1000.0;
        long start = System.nanoTime();
        try {
            int step = length == 32 ? 1 : 1 << (32 - length);
            for (int i = 0; i < count; i++) {
                packer.addIpv4(first + i * step, length);
            }
            packer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        session.send(UpdateMessage.endOfRibIpv4());
        session.flush();
        return new Sent(count, updates[0], bytes[0], t0, (System.nanoTime() - start) / 1e9);
    }

    /** Ends the session politely: a NOTIFICATION Cease / Administrative Shutdown (RFC 4486). */
    static void cease(ToolSession session) throws IOException {
        session.send(new NotificationMessage(6, 2, new byte[0]));
        session.flush();
    }
}
