#!/usr/bin/env python3
"""zapi-blast.py N SOCKET GATEWAY [DISTANCE [HOLD_FILE]] - N IPv4 /24 routes into FRR 8.4's zebra over ZAPI, as sharpd does.

A client of FRR's zebra (ZAPI version 6, the zserv socket given to zebra with -z) that installs 11.0.0.0/24,
11.0.1.0/24, ... via GATEWAY the way `sharp install routes` does (FRR tag frr-8.4.4: lib/zclient.c
zclient_send_hello, zapi_route_encode, zapi_nexthop_encode; sharpd/sharp_zebra.c route_add): route type SHARP,
flag ALLOW_RECURSION, one IPv4 nexthop, plus the admin distance (default 20, as ZebraFibBench's routes).
Its HELLO asks for notify-owner, as sharpd's does: FRR's zebra then sends ZEBRA_ROUTE_NOTIFY_OWNER for every
route once its dataplane has the kernel's answer (a client that does not ask, like 8.4's bgpd, hears about a
route only when it lost to a better admin distance: never about success or failure).

All N messages are encoded before the clock starts and then written as fast as the socket takes them; a
second thread reads zebra's messages and counts the notifications. Must run in zebra's network namespace:
the clock stops when that namespace's main table holds N more prefixes than at the start
(/proc/net/fib_triestat, polled every POLL_S) and all N notifications have arrived. Prints one JSON line:
t_s (the kernel holds all N), t_notify_s (the last notification), installed / not_installed counts.
With HOLD_FILE, it then keeps the session until that file exists: FRR's zebra withdraws a client's routes
when its session closes, so the caller checks the kernel and zebra's RIB before releasing it.
Python 3 standard library only.
"""
import json
import os
import socket
import struct
import sys
import threading
import time

ZSERV_VERSION = 6
HEADER_MARKER = 254
HEADER = struct.Struct(">HBBIH")  # length, marker, version, vrf_id, command
ZEBRA_ROUTE_ADD = 8
ZEBRA_ROUTE_NOTIFY_OWNER = 10
ZEBRA_HELLO = 18
ZEBRA_ROUTE_SHARP = 23  # lib/route_types.txt order
ZEBRA_FLAG_ALLOW_RECURSION = 0x01
ZAPI_MESSAGE_NEXTHOP = 0x01
ZAPI_MESSAGE_DISTANCE = 0x02
SAFI_UNICAST = 1
AF_INET = 2
NEXTHOP_TYPE_IPV4 = 2
ZAPI_ROUTE_INSTALLED = 2  # enum zapi_route_notify_owner
POLL_S = 0.05


def message(command, body):
    return HEADER.pack(HEADER.size + len(body), HEADER_MARKER, ZSERV_VERSION, 0, command) + body


def hello():
    # proto, instance, session_id, receive_notify, synchronous
    return message(ZEBRA_HELLO, struct.pack(">BHIBB", ZEBRA_ROUTE_SHARP, 0, 0, 1, 0))


def route_adds(n, gateway, distance):
    """All N ZEBRA_ROUTE_ADD messages, one bytes object; prefix i is 11.0.0.0/24 + i * 256."""
    head = struct.pack(">BHIIBBB", ZEBRA_ROUTE_SHARP, 0, ZEBRA_FLAG_ALLOW_RECURSION,
                       ZAPI_MESSAGE_NEXTHOP | ZAPI_MESSAGE_DISTANCE, SAFI_UNICAST, AF_INET, 24)
    # nexthop_num; nexthop: vrf_id, type, flags, IPv4 gateway, ifindex; then the distance
    tail = struct.pack(">HIBB4sIB", 1, 0, NEXTHOP_TYPE_IPV4, 0, socket.inet_aton(gateway), 0, distance)
    header = HEADER.pack(HEADER.size + len(head) + 3 + len(tail), HEADER_MARKER, ZSERV_VERSION, 0, ZEBRA_ROUTE_ADD)
    out = bytearray()
    for i in range(n):
        a = (11 << 24) + (i << 8)
        out += header + head + bytes(((a >> 24) & 255, (a >> 16) & 255, (a >> 8) & 255)) + tail
    return bytes(out)


def kernel_prefixes():
    """IPv4 prefixes in this network namespace's main table."""
    with open("/proc/net/fib_triestat") as f:
        main = False
        for line in f:
            if line.startswith("Main:"):
                main = True
            elif main and "Prefixes:" in line:
                return int(line.split()[1])
    return 0


class Notifications(threading.Thread):
    """Reads zebra's messages, counts ZEBRA_ROUTE_NOTIFY_OWNER by note; notes when all N have come."""

    def __init__(self, sock, n):
        super().__init__(daemon=True)
        self.sock, self.n = sock, n
        self.installed = self.other = 0
        self.first_failure = None
        self.done_at = None
        self.error = None

    def run(self):
        buf = b""
        try:
            while self.installed + self.other < self.n:
                chunk = self.sock.recv(1 << 20)
                if not chunk:
                    self.error = "zebra closed the session"
                    return
                buf += chunk
                pos, end = 0, len(buf)
                while end - pos >= HEADER.size:
                    length, marker, version, _, command = HEADER.unpack_from(buf, pos)
                    if marker != HEADER_MARKER or version != ZSERV_VERSION or length < HEADER.size:
                        self.error = f"bad header: marker {marker} version {version} length {length}"
                        return
                    if end - pos < length:
                        break
                    if command == ZEBRA_ROUTE_NOTIFY_OWNER:
                        note = int.from_bytes(buf[pos + 10:pos + 14], sys.byteorder)  # host order (stream_put)
                        if note == ZAPI_ROUTE_INSTALLED:
                            self.installed += 1
                        else:
                            self.other += 1
                            if self.first_failure is None:
                                self.first_failure = f"note {note}"
                    pos += length
                buf = buf[pos:]
            self.done_at = time.monotonic()
        except OSError as e:
            self.error = str(e)


def main():
    n, path, gateway = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    distance = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    adds = route_adds(n, gateway, distance)
    base = kernel_prefixes()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(path)
    sock.sendall(hello())
    reader = Notifications(sock, n)
    reader.start()
    t0 = time.monotonic()
    sock.sendall(adds)
    deadline = t0 + 600
    kernel_at = None
    while True:
        now = time.monotonic()
        if kernel_at is None and kernel_prefixes() - base >= n:
            kernel_at = time.monotonic()
        if kernel_at is not None and not reader.is_alive() or reader.error or now >= deadline:
            break
        time.sleep(POLL_S)
    t = (kernel_at or time.monotonic()) - t0
    t_notify = (reader.done_at - t0) if reader.done_at else None
    print(json.dumps({"impl": "frr-zebra", "n": n, "t_s": round(t, 3), "routes_per_s": round(n / t),
                      "t_notify_s": None if t_notify is None else round(t_notify, 3),
                      "installed": reader.installed, "not_installed": reader.other,
                      "first_failure": reader.first_failure or reader.error}), flush=True)
    if len(sys.argv) > 5:
        while not os.path.exists(sys.argv[5]):
            time.sleep(0.1)
    sock.close()


if __name__ == "__main__":
    main()
