package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.ZebraGrpc;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.Executor;

/** The gRPC service Zebra: each Session call becomes a {@link ZapiSession}. */
final class ZapiService extends ZebraGrpc.ZebraImplBase {
    private final Executor loop;
    private final ZebraApiHandler handler;
    private final String zebraVersion;
    private final SessionRegistry registry = new SessionRegistry();

    ZapiService(Executor loop, ZebraApiHandler handler, String zebraVersion) {
        this.loop = loop;
        this.handler = handler;
        this.zebraVersion = zebraVersion;
    }

    @Override
    public StreamObserver<ClientMessage> session(StreamObserver<ZebraMessage> responses) {
        return new ZapiSession((ServerCallStreamObserver<ZebraMessage>) responses, loop, registry, handler,
                zebraVersion);
    }
}
