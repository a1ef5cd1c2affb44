package dev.ferry.zebra.iface;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.AddressMessage;
import dev.ferry.lib.netlink.codec.IfInfoMsg;
import dev.ferry.lib.netlink.codec.LinkFlags;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NlMsgHeader;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.OperState;
import dev.ferry.zebra.config.Forwarding;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.northbound.InterfaceCommands;
import dev.ferry.zebra.northbound.VrfCommands;
import dev.ferry.zebra.rib.ManualScheduler;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.fib.InMemoryFib;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An interface manager without sockets: decoded netlink messages go in by hand, the requests it sends are
 * recorded (encoded and decoded again, as the kernel would read them) and answered by the test. The RIB,
 * the config commands and the show commands are the real ones, on a hand-driven loop.
 */
final class IfaceTestBed {
    static final int ETHER = LinkFlags.UP | LinkFlags.BROADCAST | LinkFlags.RUNNING | LinkFlags.MULTICAST
            | LinkFlags.LOWER_UP;
    static final int DOWN = LinkFlags.BROADCAST | LinkFlags.MULTICAST;

    final ManualScheduler loop = new ManualScheduler();
    final InMemoryFib fib = new InMemoryFib(loop::execute);
    final Rib rib = new Rib(loop, fib, () -> 0);
    final ZebraConfig config = new ZebraConfig(new Forwarding(true, true));
    final Cli cli = new Cli();
    /** Requests sent and not answered yet. */
    final List<Sent> sent = new ArrayList<>();
    final InterfaceManager manager;
    private final CliSession session = new CliSession();

    record Sent(NetlinkMessage message, Consumer<Optional<NetlinkError>> answer) {
        Object payload() {
            return message.payload();
        }
    }

    IfaceTestBed() {
        VrfCommands.install(cli, config);
        InterfaceCommands.install(cli, config);
        manager = new InterfaceManager(config, rib, loop::execute, (request, then) -> {
            ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
            int start = request.encode(new MessageWriter(b), 1);
            try {
                sent.add(new Sent(MessageDecoder.decode(b, start, b.position()), then));
            } catch (NetlinkDecodeException e) {
                throw new AssertionError("Ferry sent a request it cannot decode itself", e);
            }
        }, name -> name.startsWith("eth") ? 10000 : 0);
        manager.attach(cli);
        cli.execute(session, "configure terminal");
    }

    /** Config lines, from the config node; then the loop runs. */
    List<CliResult> config(String... lines) {
        List<CliResult> out = new ArrayList<>();
        for (String l : lines) {
            out.add(cli.execute(session, l));
        }
        loop.runAll(100_000);
        return out;
    }

    String show(String command) {
        return cli.execute(new CliSession(), command).output();
    }

    /** Messages from the kernel (dump or events); then the loop runs. */
    IfaceTestBed kernel(NetlinkMessage... messages) {
        for (NetlinkMessage m : messages) {
            manager.state().apply(m);
        }
        loop.runAll(100_000);
        return this;
    }

    /** Answers every request sent so far with {@code result}. */
    IfaceTestBed answerAll(Optional<NetlinkError> result) {
        List<Sent> now = List.copyOf(sent);
        sent.clear();
        now.forEach(s -> s.answer().accept(result));
        loop.runAll(100_000);
        return this;
    }

    static NetlinkMessage newLink(int index, String name, int flags, int mtu) {
        return link(NlMsgType.RTM_NEWLINK, index, name, flags, mtu, 0, 0, null, null, LinkMessage.ABSENT, 1, null);
    }

    static NetlinkMessage link(int type, int index, String name, int flags, int mtu, int master, int peer, String kind,
            String slaveKind, int table, int arphrd, String mac) {
        byte[] hw = mac == null ? null : HexFormat.ofDelimiter(":").parseHex(mac);
        LinkMessage l = new LinkMessage(new IfInfoMsg(AddressFamily.UNSPEC, arphrd, index, flags, 0), name, mtu,
                master == 0 ? LinkMessage.ABSENT : master, peer == 0 ? LinkMessage.ABSENT : peer,
                (flags & LinkFlags.RUNNING) != 0 ? OperState.UP : OperState.DOWN, kind, slaveKind, table, hw);
        return new NetlinkMessage(new NlMsgHeader(0, type, 0, 0, 0), l);
    }

    static NetlinkMessage addr(int type, int index, String prefix) {
        IpPrefix p = IpPrefix.parse(prefix);
        byte[] a = p.address();
        AddressMessage m = new AddressMessage(p.isIpv4() ? AddressFamily.INET : AddressFamily.INET6, p.length(), 0,
                0, index, a, p.isIpv4() ? a : null, null);
        return new NetlinkMessage(new NlMsgHeader(0, type, 0, 0, 0), m);
    }
}
