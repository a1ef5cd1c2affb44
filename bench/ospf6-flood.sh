#!/bin/bash
# ospf6-flood.sh [N] [RUNS] - N OSPFv3 AS-External-LSAs from a real FRR ospf6d neighbour through to routes in
# the kernel: Ferry's ospf6d + zebra against FRR 8.4's ospf6d + zebra as the device under test (DUT), same run.
# The OSPFv3 run of ospf-flood.sh (same phases, judgement of adjacency loss and output): see there.
OSPF_VERSION=3 exec "$(dirname "$(readlink -f "$0")")/ospf-flood.sh" "$@"
