package dev.ferry.bgpd.tools;

import dev.ferry.bgpd.nlri.Ipv4Addresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ferry-bgp-inject}: a route injector for benchmarks and labs. {@code send} connects to a BGP speaker
 * and feeds it a full table as fast as it takes it; {@code sink} waits for a speaker to connect and counts the
 * table it sends, which timed against the sender's first UPDATE is how long a router under test takes to pass
 * a table on to a second peer. Each prints one JSON line.
 * <pre>
 * ferry-bgp-inject send --peer 10.0.0.1 --local-as 65100 [--source 10.0.0.2] [--port 179] [--router-id ID]
 *                       [--prefixes 1000000] [--first 11.0.0.0] [--length 24] [--next-hop SOURCE] [--stay]
 * ferry-bgp-inject sink --listen 10.0.1.2 --local-as 65200 [--port 179] [--router-id ID] [--expect N]
 * </pre>
 * {@code --stay} keeps the session up after the table (the router under test keeps the routes) until stdin
 * closes or the process is told to stop. The sink says "established" on stderr once its session is up.
 */
public final class BgpInjectMain {
    private static final long CONNECT_MILLIS = 60_000;
    private static final String USAGE = """
            usage: ferry-bgp-inject send --peer ADDR --local-as AS [--source ADDR] [--port 179] [--router-id ID]
                                         [--prefixes 1000000] [--first 11.0.0.0] [--length 24] [--next-hop ADDR]
                                         [--stay]
                   ferry-bgp-inject sink --listen ADDR --local-as AS [--port 179] [--router-id ID] [--expect N]""";

    private BgpInjectMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("ferry-bgp-inject: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("ferry-bgp-inject: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) throws IOException {
        if (args.length == 0 || !(args[0].equals("send") || args[0].equals("sink"))) {
            throw new IllegalArgumentException(USAGE);
        }
        Map<String, String> o = options(args);
        int as = (int) Long.parseLong(required(o, "local-as"));
        int port = Integer.parseInt(o.getOrDefault("port", "179"));
        if (args[0].equals("send")) {
            try (ToolSession s = new ToolSession(connect(required(o, "peer"), port, o.get("source")))) {
                // the session's own address (--source when given) is the default router-id and next hop
                s.open(as, Ipv4Addresses.parse(o.getOrDefault("router-id", s.localAddress())));
                drainInBackground(s);
                int nextHop = Ipv4Addresses.parse(o.getOrDefault("next-hop", s.localAddress()));
                TableInjector injector = new TableInjector(as, Ipv4Addresses.parse(o.getOrDefault("first", "11.0.0.0")),
                        Integer.parseInt(o.getOrDefault("length", "24")),
                        Integer.parseInt(o.getOrDefault("prefixes", "1000000")), nextHop);
                System.out.println(injector.send(s).json());
                System.out.flush();
                if (o.containsKey("stay")) {
                    while (System.in.read() >= 0) { // until stdin closes or a signal ends the process
                        continue;
                    }
                }
                TableInjector.cease(s);
            }
            return 0;
        }
        String listen = required(o, "listen");
        int routerId = Ipv4Addresses.parse(o.getOrDefault("router-id", listen));
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getByName(listen), port));
            try (ToolSession s = new ToolSession(server.accept())) {
                s.open(as, routerId);
                System.err.println("established"); // a script waits for this before it starts the sender
                System.err.flush();
                TableSink.Received r = TableSink.receive(s, Long.parseLong(o.getOrDefault("expect", "0")));
                System.out.println(r.json());
                return r.announced() > 0 ? 0 : 1;
            }
        }
    }

    /** Reads and drops what the peer sends while the table goes out, so its writes never block on us. */
    private static void drainInBackground(ToolSession s) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    s.read();
                }
            } catch (IOException e) {
                // the session ended: the sender notices on its next write
            }
        }, "bgp-inject-reader");
        t.setDaemon(true);
        t.start();
    }

    private static Socket connect(String peer, int port, String source) throws IOException {
        long deadline = System.currentTimeMillis() + CONNECT_MILLIS;
        while (true) {
            Socket socket = new Socket();
            try {
                if (source != null) {
                    socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
                }
                socket.connect(new InetSocketAddress(InetAddress.getByName(peer), port), 2_000);
                return socket;
            } catch (IOException e) {
                socket.close();
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("no BGP speaker at " + peer + " port " + port + ": " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(200); // the peer may still be starting: a connect-retry, as a speaker's
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", ie);
                }
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected '" + args[i] + "'");
            }
            String key = args[i].substring(2);
            if (key.equals("stay")) {
                o.put(key, "");
            } else if (i + 1 < args.length) {
                o.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
        }
        return o;
    }

    private static String required(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }
}
