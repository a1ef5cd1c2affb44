package dev.ferry.lib.netlink;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;

/**
 * Kernel FIB install rate through Ferry's netlink layer (a benchmark, not a test; bench/netlink-fib.sh
 * runs it next to `ip -batch`). Installs N IPv4 /24 routes from 11.0.0.0 via 10.250.0.1 into table
 * main of namespace NETNS, RTM_NEWROUTE with NLM_F_CREATE | NLM_F_REPLACE (what a dataplane sends),
 * PER_SEND messages per sendmsg(), and learns every route's outcome through {@link RequestBatcher}:
 * "noack" asks for no ACK (only failures come back), "ack" for one ACK per route. The time covers
 * building, encoding, sending and reading the answers. Prints one JSON line.
 *
 * <p>The JVM starts cold, so the time includes JIT compilation of the encoder and the first FFM
 * linkage (~0.1 s): what a freshly started zebra pays. WARMUP &gt; 0 first installs that many routes
 * (same code path, table 200, not timed) to measure the steady state instead.
 *
 * <p>Usage: NetlinkFibBench N noack|ack NETNS [PER_SEND [WARMUP]]
 */
public final class NetlinkFibBench {
    private NetlinkFibBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        boolean ack = args[1].equals("ack");
        String netns = args[2];
        int perSend = args.length > 3 ? Integer.parseInt(args[3]) : 256;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        byte[] gateway = {10, (byte) 250, 0, 1};
        long[] outcome = new long[2];
        String[] firstError = {null};
        try (NetlinkSocket socket = NetlinkSocket.open(NetlinkSocket.Options.defaults().inNamespace(netns))) {
            RequestBatcher batcher = new RequestBatcher(socket, perSend, 1 << 20, ack, new RequestBatcher.Listener() {
                @Override
                public void succeeded(int seq) {
                    outcome[0]++;
                }

                @Override
                public void failed(int seq, NetlinkError error) {
                    outcome[1]++;
                    if (firstError[0] == null) {
                        firstError[0] = error.toString();
                    }
                }
            });
            install(batcher, gateway, warmup, 200);
            outcome[0] = 0;
            long t0 = System.nanoTime();
            install(batcher, gateway, n, 254);
            double t = (System.nanoTime() - t0) / 1e9;
            System.out.printf("{\"impl\": \"ferry\", \"mode\": \"%s\", \"n\": %d, \"per_send\": %d, \"t_s\": %.3f, "
                    + "\"routes_per_s\": %d, \"succeeded\": %d, \"failed\": %d, \"first_error\": %s}%n",
                    args[1] + (warmup > 0 ? "-warm" : ""), n, perSend, t, Math.round(n / t), outcome[0], outcome[1],
                    firstError[0] == null ? "null" : "\"" + firstError[0] + "\"");
        }
    }

    private static void install(RequestBatcher batcher, byte[] gateway, int n, int table) throws NetlinkException {
        NextHop nh = NextHop.via(gateway, 0);
        int flags = NlFlags.REQUEST | NlFlags.CREATE | NlFlags.REPLACE;
        for (int i = 0; i < n; i++) {
            int a = (11 << 24) + (i << 8);
            byte[] dst = {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), 0};
            RouteMessage r = RouteMessage.to(new IpPrefix(dst, 24)).table(table).protocol(RouteProtocol.FERRY_BGP)
                    .nexthop(nh).build();
            batcher.add(r.request(NlMsgType.RTM_NEWROUTE, flags));
        }
        batcher.flush();
    }
}
