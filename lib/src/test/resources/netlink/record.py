#!/usr/bin/env python3
"""record.py [OUTDIR] - regenerates the golden netlink fixtures from iproute2 (run as root).

For each case of cases.txt: runs `ip -n NS ARGS` under
  strace -f -e trace=sendmsg,sendto,recvmsg -e write=all -e read=all -xx
in a throwaway namespace nl-golden-PID (deleted at the end, even on failure), keeps the last request of the
case's nlmsg_type and the kernel's answer to it, and writes NAME.txt:

  # comments (command, ip's own output, versions)
  request
  <hex bytes, 16 per line>
  reply
  <hex bytes of every recvmsg buffer up to NLMSG_DONE / NLMSG_ERROR>

Nothing outside the namespace is touched.
"""
import os, re, struct, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NS = f"nl-golden-{os.getpid()}"
NLMSG_ERROR, NLMSG_DONE = 2, 3


def sh(*args, check=True):
    return subprocess.run(list(args), check=check, capture_output=True, text=True)


def setup():
    sh("ip", "netns", "add", NS)
    for cmd in ("link set lo up", "link add name v0 type veth peer name v1",
                "link set v0 up", "link set v1 up",
                "addr add 10.0.0.1/24 dev v0", "addr add 10.0.1.1/24 dev v1",
                "-6 addr add 2001:db8::1/64 dev v0 nodad", "-6 addr add 2001:db8:1::1/64 dev v1 nodad"):
        sh("ip", "-n", NS, *cmd.split())
    idx = {n: int(sh("ip", "netns", "exec", NS, "cat", f"/sys/class/net/{n}/ifindex").stdout)
           for n in ("v0", "v1")}
    assert idx == {"v0": 3, "v1": 2}, idx


def parse_strace(path):
    """[(syscall, fd, bytes)] in order, one entry per dumped buffer."""
    events, cur, fd, buf = [], None, None, None
    for line in open(path):
        m = re.match(r"^(?:\d+\s+)?(sendmsg|sendto|recvmsg)\((\d+),", line)
        if m:
            if cur and buf:
                events.append((cur, fd, bytes(buf)))
            cur, fd, buf = m.group(1), int(m.group(2)), bytearray()
            continue
        m = re.match(r"^(?:\d+\s+)? \| [0-9a-f]{5}  (.{48})", line)
        if m and cur is not None:
            buf.extend(bytes.fromhex(m.group(1).replace(" ", "")))
    if cur and buf:
        events.append((cur, fd, bytes(buf)))
    return events


def messages(data):
    off = 0
    while off + 16 <= len(data):
        ln, typ = struct.unpack_from("=IH", data, off)
        if ln < 16:
            break
        yield typ, data[off:off + ln]
        off += (ln + 3) & ~3


def hexlines(data):
    return "".join(" ".join(f"{b:02x}" for b in data[i:i + 16]) + "\n" for i in range(0, len(data), 16))


def record(name, msgtype, args):
    with tempfile.NamedTemporaryFile(suffix=".strace") as tf:
        run = subprocess.run(["ip", "netns", "exec", NS, "strace", "-o", tf.name, "-f", "-e", "trace=sendmsg,sendto,recvmsg",
                              "-e", "write=all", "-e", "read=all", "-xx", "-s", "4096", "ip"] + args,
                             capture_output=True, text=True)
        events = parse_strace(tf.name)
    req_at = None
    for i, (sc, fd, data) in enumerate(events):
        if sc in ("sendmsg", "sendto") and any(t == msgtype for t, _ in messages(data)):
            req_at = i
    if req_at is None:
        raise SystemExit(f"{name}: no request of type {msgtype} in the trace (ip said: {run.stderr.strip()})")
    reply = bytearray()
    req_fd = events[req_at][1]
    for sc, fd, data in events[req_at + 1:]:
        if fd != req_fd:
            continue   # ip resolves interface names on another socket while it prints
        if sc != "recvmsg":
            break
        reply.extend(data)
        if any(t in (NLMSG_ERROR, NLMSG_DONE) for t, _ in messages(data)):
            break
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        f.write(f"# ip {' '.join(args)}\n")
        f.write(f"# {sh('ip', '-V').stdout.strip()}; kernel {os.uname().release}; recorded by record.py\n")
        for l in (run.stdout + run.stderr).strip().splitlines()[:6]:
            f.write(f"# ip printed: {l}\n")
        sent = events[req_at][2]
        kept = next(m for t, m in messages(sent) if t == msgtype)
        if len(kept) != len(sent):
            # dump requests go out as iproute2's whole request struct: bytes past nlmsg_len, which the
            # kernel ignores, are left out
            f.write(f"# request trimmed to its nlmsg_len ({len(kept)} of {len(sent)} bytes sent)\n")
        f.write("request\n" + hexlines(kept))
        f.write("reply\n" + hexlines(bytes(reply)))


def main():
    cases = []
    for line in open(os.path.join(HERE, "cases.txt")):
        if line.strip() and not line.startswith("#"):
            name, msgtype, args = line.split(None, 2)
            cases.append((name, int(msgtype), args.split()))
    try:
        setup()
        for name, msgtype, args in cases:
            record(name, msgtype, args)
            print(f"{name}: ok")
    finally:
        subprocess.run(["ip", "netns", "del", NS])


if __name__ == "__main__":
    main()
