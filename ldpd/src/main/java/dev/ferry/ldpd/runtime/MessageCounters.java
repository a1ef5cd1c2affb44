package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.packet.message.MessageType;
import java.util.EnumMap;
import java.util.Map;

/** Messages sent and received on one session, by type (FRR's ldp_stats, for `show mpls ldp neighbor detail`). */
final class MessageCounters {
    private final Map<MessageType, int[]> counts = new EnumMap<>(MessageType.class);

    void sent(MessageType t) {
        counts.computeIfAbsent(t, k -> new int[2])[0]++;
    }

    void received(MessageType t) {
        counts.computeIfAbsent(t, k -> new int[2])[1]++;
    }

    int sentCount(MessageType t) {
        int[] c = counts.get(t);
        return c == null ? 0 : c[0];
    }

    int receivedCount(MessageType t) {
        int[] c = counts.get(t);
        return c == null ? 0 : c[1];
    }

    void clear() {
        counts.clear();
    }
}
