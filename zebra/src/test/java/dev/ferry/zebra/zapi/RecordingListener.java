package dev.ferry.zebra.zapi;

import dev.ferry.lib.zclient.RouteKey;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.v1.DumpComplete;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A daemon's listener for tests: counts what arrives and on which threads. */
final class RecordingListener implements ZebraListener {
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final List<HelloAck> connected = new CopyOnWriteArrayList<>();
    final List<String> disconnected = new CopyOnWriteArrayList<>();
    final Map<ResultStatus, AtomicInteger> results = new ConcurrentHashMap<>();
    final List<RouteKey> resultRoutes = new CopyOnWriteArrayList<>();
    final List<LabelChunk> chunks = new CopyOnWriteArrayList<>();
    final List<NexthopUpdate> nexthops = new CopyOnWriteArrayList<>();
    final List<DumpComplete> dumps = new CopyOnWriteArrayList<>();

    private void seen() {
        threads.add(Thread.currentThread().getName());
    }

    int count(ResultStatus s) {
        AtomicInteger n = results.get(s);
        return n == null ? 0 : n.get();
    }

    @Override
    public void onConnected(HelloAck ack) {
        seen();
        connected.add(ack);
    }

    @Override
    public void onDisconnected(String reason, long retryMillis) {
        seen();
        disconnected.add(reason);
    }

    @Override
    public void onRouteResult(RouteKey route, Result result) {
        seen();
        results.computeIfAbsent(result.getStatus(), s -> new AtomicInteger()).incrementAndGet();
        if (resultRoutes.size() < 10) {
            resultRoutes.add(route);
        }
    }

    @Override
    public void onLspResult(int inLabel, Result result) {
        seen();
        results.computeIfAbsent(result.getStatus(), s -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void onLabelChunk(LabelChunk chunk) {
        seen();
        chunks.add(chunk);
    }

    @Override
    public void onNexthopUpdate(NexthopUpdate update) {
        seen();
        nexthops.add(update);
    }

    @Override
    public void onDumpComplete(DumpComplete done) {
        seen();
        dumps.add(done);
    }
}
