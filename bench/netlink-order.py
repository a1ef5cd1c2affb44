#!/usr/bin/env python3
"""netlink-order.py N ORDER [GATEWAY] - the kernel's FIB trie against the order routes come in: N IPv4 /24s from
11.0.0.0 via GATEWAY (default 10.250.0.1), pre-encoded before timing, 256 RTM_NEWROUTE per sendmsg() without
ACKs (refusals still come back and are counted), in ORDER: 'seq' (prefix order, as a table arrives),
'random' (shuffled, fixed seed) or 'blockK' (shuffled within blocks of K). Run it inside a fresh namespace
whose link reaches GATEWAY: bench/netlink-order.sh does. Prints JSON: order, seconds, routes/s, errors."""
import json, os, random, socket, struct, sys, time

RTM_NEWROUTE, NLMSG_ERROR = 24, 2
NLM_F_REQUEST, NLM_F_EXCL, NLM_F_CREATE = 1, 0x200, 0x400
RTA_DST, RTA_GATEWAY = 1, 5
PER_SEND = 256


def order_of(n, how):
    order = list(range(n))
    rnd = random.Random(1)
    if how == "random":
        rnd.shuffle(order)
    elif how.startswith("block"):
        k = int(how[5:])
        for i in range(0, n, k):
            block = order[i:i + k]
            rnd.shuffle(block)
            order[i:i + k] = block
    elif how != "seq":
        raise SystemExit(f"unknown order {how}: seq, random or blockK")
    return order


def main():
    n, how = int(sys.argv[1]), sys.argv[2]
    gw = socket.inet_aton(sys.argv[3] if len(sys.argv) > 3 else "10.250.0.1")
    base = int.from_bytes(socket.inet_aton("11.0.0.0"), "big")
    rtmsg = struct.pack("=BBBBBBBBI", socket.AF_INET, 24, 0, 0, 254, 4, 0, 1, 0)  # main, static, universe, unicast
    tail = rtmsg + struct.pack("=HH", 8, RTA_GATEWAY) + gw
    flags = NLM_F_REQUEST | NLM_F_EXCL | NLM_F_CREATE
    order = order_of(n, how)
    sends = []
    for i in range(0, n, PER_SEND):
        sends.append(b"".join(struct.pack("=IHHII", 44, RTM_NEWROUTE, flags, i + j + 1, 0) + tail
                              + struct.pack("=HH", 8, RTA_DST) + (base + (order[i + j] << 8)).to_bytes(4, "big")
                              for j in range(min(PER_SEND, n - i))))
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
    s.setsockopt(socket.SOL_SOCKET, 33, 32 << 20)  # SO_RCVBUFFORCE: room for refusals
    s.bind((0, 0))
    buf = bytearray(1 << 20)
    errors = 0
    t0 = time.time()
    for data in sends:
        s.send(data)  # rtnetlink handles the whole send before it returns: refusals are queued by now
        s.setblocking(False)
        try:
            while True:
                got = s.recv_into(buf)
                off = 0
                while off + 20 <= got:
                    length, typ = struct.unpack_from("=IH", buf, off)
                    if typ == NLMSG_ERROR and struct.unpack_from("=i", buf, off + 16)[0] != 0:
                        errors += 1
                    off += (length + 3) & ~3
        except BlockingIOError:
            pass
        s.setblocking(True)
    t = time.time() - t0
    print(json.dumps(dict(order=how, n=n, t_s=round(t, 3), routes_per_s=round(n / t), errors=errors)))


if __name__ == "__main__":
    main()
