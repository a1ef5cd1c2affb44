# Turns `tshark -r ldp-session.pcap -V` into one line per LDP message (ldp-session.tshark.txt), which
# LdpCaptureReplayTest compares with what Ferry decodes. Lines starting with # in the output are comments.
import re, sys
KEYS = {
    'Hold Time': 'hold', 'Targeted Hello': 'T', 'Hello Requested': 'R', 'GTSM Flag': 'G',
    'IPv4 Transport Address': 'transport', 'Configuration Sequence Number': 'cseq',
    'Session Protocol Version': 'version', 'Session KeepAlive Time': 'keepalive',
    'Session Label Advertisement Discipline': 'A', 'Session Loop Detection': 'D',
    'Session Path Vector Limit': 'pvlim', 'Session Max PDU Length': 'maxpdu',
    'Session Receiver LSR Identifier': 'receiver', 'Session Receiver Label Space Identifier': 'rxspace',
    'TLV Type': 'tlv', 'TLV Value': 'value', 'Address Family': 'af', 'Prefix': 'prefix',
    'FEC Element Length': 'len', 'Generic Label': 'label', 'Message ID': 'id',
}
out = []
src = dst = proto = None
lsr = space = None
msg = None
def flush():
    global msg
    if msg:
        out.append(msg[0] + ' ' + ' '.join(msg[1]))
    msg = None
for line in sys.stdin:
    line = line.rstrip('\n')
    if line.startswith('Frame '):
        flush()
    m = re.match(r'Internet Protocol Version 4, Src: (\S+), Dst: (\S+)', line)
    if m:
        src, dst = m.groups()
    if line.startswith('User Datagram Protocol'):
        proto = 'udp'
    if line.startswith('Transmission Control Protocol'):
        proto = 'tcp'
    if line.startswith('Label Distribution Protocol'):
        flush()
    m = re.match(r'    LSR ID: (\S+)', line)
    if m:
        lsr = m.group(1)
    m = re.match(r'    Label Space ID: (\d+)', line)
    if m:
        space = m.group(1)
    m = re.match(r'    (\S.*) Message$', line)
    if m:
        flush()
        msg = ('%s %s>%s %s:%s %s' % (proto, src, dst, lsr, space, m.group(1).replace(' ', '')), [])
        continue
    if msg is None:
        continue
    m = re.match(r'\s+(?:[.01 ]+ = )?([A-Za-z0-9 ]+?): (.*)$', line)
    if m and re.match(r'Address \d+$', m.group(1)):
        msg[1].append('addr=' + m.group(2))
    elif m and m.group(1) in KEYS:
        key, val = KEYS[m.group(1)], m.group(2)
        if key == 'tlv':
            val = re.search(r'\((0x[0-9A-Fa-f]+)\)', val).group(1).lower()
        elif key in ('T', 'R', 'G', 'A', 'D'):
            val = '1' if re.match(r'.*(Targeted Hello$|requests|Set|Downstream On Demand|Loop Detection Enabled)', val) else '0'
        elif key == 'label':
            val = val.split(' ')[0]
        elif key == 'af':
            val = re.search(r'\((\d+)\)', val).group(1)
        elif key == 'id':
            val = val.lower()
        msg[1].append(key + '=' + val)
flush()
print('# Generated from tshark 4.0.17, never by Ferry: one line per LDP message of ldp-session.pcap, in frame order.')
print('# Regenerate: tshark -r ldp-session.pcap -V | python3 ldp-session.tshark.py > ldp-session.tshark.txt')
print('\n'.join(out))
