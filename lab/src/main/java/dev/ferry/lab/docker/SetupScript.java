package dev.ferry.lab.docker;

import dev.ferry.lab.topology.RouterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders the shell script that prepares a router's container before any daemon starts: /proc/sys writable,
 * every default route deleted (a lab must have no way out), the link interfaces renamed as the topology
 * names them (matched by MAC, through temporary names, since Docker numbers them in its own order) with
 * Docker's addresses flushed, the topology's addresses configured, dummy interfaces for addresses on
 * interfaces no link makes, MPLS input and VRFs where the kernel has them (a warning where it has not, as
 * real FRR carries on without them too).
 */
final class SetupScript {

    private static final Pattern IFACE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
    private static final Pattern PREFIX = Pattern.compile("[0-9A-Fa-f:.]+/[0-9]{1,3}");
    private static final Pattern MAC = Pattern.compile("([0-9a-f]{2}:){5}[0-9a-f]{2}");

    private SetupScript() {
    }

    /**
     * @param spec the router
     * @param linkMacs MAC address (lower case) -> the topology's name for that link interface
     */
    static String render(RouterSpec spec, Map<String, String> linkMacs) {
        List<String> s = new ArrayList<>();
        s.add("#!/bin/sh");
        s.add("# Set-up of lab router " + spec.name() + " (ferry-lab docker backend), run before any daemon.");
        s.add("set -eu");
        s.add("say() { echo \"setup " + spec.name() + ": $*\" >&2; }");
        s.add("# /proc/sys is read-only in a container; the daemons and this script write sysctls");
        s.add("mount -o remount,rw /proc/sys");
        s.add("# SAFETY: no way out of the lab. Docker gave the container a default route towards the host.");
        s.add("ip -4 route flush exact 0.0.0.0/0");
        s.add("ip -6 route flush exact ::/0");
        s.add("if [ -n \"$(ip -4 route show default)$(ip -6 route show default)\" ]; then");
        s.add("    say 'a default route is still there'; exit 1");
        s.add("fi");
        s.add("by_mac() {");
        s.add("    for d in /sys/class/net/*; do");
        s.add("        [ \"$(cat \"$d/address\")\" = \"$1\" ] && { echo \"${d##*/}\"; return 0; }");
        s.add("    done");
        s.add("    say \"no interface has MAC $1\"; return 1");
        s.add("}");
        s.add("ipv6_on() {");
        s.add("    echo 0 > \"/proc/sys/net/ipv6/conf/$1/accept_dad\"");
        s.add("    echo 0 > \"/proc/sys/net/ipv6/conf/$1/disable_ipv6\"");
        s.add("}");
        s.add("ip link set dev lo up");

        Map<String, String> temp = new LinkedHashMap<>();
        int n = 0;
        for (var e : linkMacs.entrySet()) {
            String mac = check(MAC, e.getKey(), "MAC address");
            String t = "fltmp" + n++;
            temp.put(t, check(IFACE, e.getValue(), "interface name"));
            s.add("i=$(by_mac " + mac + "); ip link set dev \"$i\" down; ip link set dev \"$i\" name " + t);
        }
        for (var e : temp.entrySet()) {
            String iface = e.getValue();
            s.add("ip link set dev " + e.getKey() + " name " + iface + "; ip addr flush dev " + iface
                    + "; ipv6_on " + iface + "; ip link set dev " + iface + " up");
        }

        Map<String, List<String>> addresses = spec.addresses() == null ? Map.of() : spec.addresses();
        for (var e : addresses.entrySet()) {
            String iface = check(IFACE, e.getKey(), "interface name");
            if (!iface.equals("lo") && !linkMacs.containsValue(iface)) {
                s.add("ip link add " + iface + " type dummy; ipv6_on " + iface + "; ip link set dev " + iface + " up");
            }
            for (String prefix : e.getValue()) {
                check(PREFIX, prefix, "prefix");
                s.add(prefix.contains(":") ? "ip -6 addr add " + prefix + " dev " + iface + " nodad"
                        : "ip addr add " + prefix + " dev " + iface);
            }
        }
        for (String iface : spec.mplsInterfaces() == null ? List.<String>of() : spec.mplsInterfaces()) {
            check(IFACE, iface, "interface name");
            s.add("if [ -d /proc/sys/net/mpls ]; then echo 1 > /proc/sys/net/mpls/conf/" + iface + "/input; "
                    + "else say 'no MPLS in this kernel: " + iface + " does not accept labelled packets'; fi");
        }
        for (var e : spec.vrfs() == null ? Map.<String, RouterSpec.VrfSpec>of().entrySet() : spec.vrfs().entrySet()) {
            String vrf = check(IFACE, e.getKey(), "VRF name");
            StringBuilder members = new StringBuilder();
            for (String iface : e.getValue().interfaces()) {
                members.append("; ip link set dev ").append(check(IFACE, iface, "interface name"))
                        .append(" master ").append(vrf);
            }
            s.add("if ip link add " + vrf + " type vrf table " + e.getValue().table() + " 2>/dev/null; then");
            s.add("    ip link set dev " + vrf + " up" + members);
            s.add("else say 'no VRF support in this kernel: VRF " + vrf + " not created'; fi");
        }
        s.add("say done");
        return String.join("\n", s) + "\n";
    }

    private static String check(Pattern p, String value, String what) {
        if (value == null || !p.matcher(value).matches()) {
            throw new IllegalArgumentException("bad " + what + " \"" + value + "\"");
        }
        return value;
    }
}
