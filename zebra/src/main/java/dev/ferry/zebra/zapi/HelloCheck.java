package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.ZebraApi;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.RouteType;
import io.grpc.Status;

/** Whether zebra takes a Hello: the checks and the statuses that refuse it (see SESSION in zebra.proto). */
final class HelloCheck {
    private HelloCheck() {
    }

    /** The status refusing {@code hello}, or null if zebra takes it. */
    static Status refusal(Hello hello) {
        String zebra = ZebraApi.format(ZebraApi.VERSION);
        if (!hello.hasVersion()) {
            return Status.FAILED_PRECONDITION.withDescription(
                    "Hello without an API version; zebra speaks API " + zebra);
        }
        if (!ZebraApi.compatible(hello.getVersion())) {
            return Status.FAILED_PRECONDITION.withDescription("zebra speaks API " + zebra + ", the client speaks "
                    + ZebraApi.format(hello.getVersion()) + ": major version " + hello.getVersion().getMajor()
                    + " is not supported");
        }
        if (hello.getProtocol() == RouteType.ROUTE_TYPE_UNSPECIFIED
                || hello.getProtocol() == RouteType.UNRECOGNIZED) {
            return Status.INVALID_ARGUMENT.withDescription("Hello without a known protocol");
        }
        return null;
    }

    /** The status refusing a second session of {@code client}. */
    static Status duplicate(ClientId client) {
        return Status.ALREADY_EXISTS.withDescription("a session of " + client + " is already open");
    }

    /** The status refusing a first message that is not a Hello. */
    static Status notHello() {
        return Status.FAILED_PRECONDITION.withDescription("the first message of a session must be Hello");
    }
}
