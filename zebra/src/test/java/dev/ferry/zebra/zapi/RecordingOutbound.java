package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import java.util.ArrayList;
import java.util.List;

/** A session's outbound for tests of RibApiHandler: keeps the results, and why the session was ended. */
final class RecordingOutbound implements ClientOutbound {
    private final ClientId client;
    final List<Result> results = new ArrayList<>();
    String ended;

    RecordingOutbound(ClientId client) {
        this.client = client;
    }

    /** The refusals' messages, then the reason the session was ended, if it was. */
    List<String> refusals() {
        List<String> out = new ArrayList<>();
        for (Result r : results) {
            if (r.getStatus() == ResultStatus.RESULT_STATUS_REJECTED) {
                out.add(r.getMessage());
            }
        }
        if (ended != null) {
            out.add("session ended: " + ended);
        }
        return out;
    }

    @Override
    public ClientId client() {
        return client;
    }

    @Override
    public long sessionId() {
        return 1;
    }

    @Override
    public void send(ZebraMessage message) {
    }

    @Override
    public void result(Result result) {
        results.add(result);
    }

    @Override
    public void end(String reason) {
        ended = reason;
    }

    @Override
    public boolean isOpen() {
        return ended == null;
    }
}
