package dev.ferry.zebra.iface;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import java.util.Optional;
import java.util.function.Consumer;

/** Where config changes go to the kernel: one request, its answer later on zebra's loop. */
@FunctionalInterface
interface RequestSender {
    void submit(NetlinkRequest request, Consumer<Optional<NetlinkError>> then);
}
