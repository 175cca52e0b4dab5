#!/bin/bash
# vos-assist lab: puts the current network namespace to what a stock VOS3000 host has.
# Run with `ip netns exec NAME`:
#   host-kernel.sh --new HOST_IP RST_DROP   right after the namespace was created (addresses too)
#   host-kernel.sh --reset RST_DROP          from Lab.reset()
#   host-kernel.sh --rst-drop                adds the RST/INVALID drop rules (a scenario)
set -euo pipefail

# A stateful firewall that swallows the RSTs of SIP over TCP (the firewall_rst playbook).
add_rst_drop() {
  iptables -A INPUT -p tcp --dport 5060 --tcp-flags RST RST -j DROP
  iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
}

if [ "$1" = --rst-drop ]; then
  add_rst_drop
  exit 0
fi

if [ "$1" = --new ]; then
  ip -batch - <<EOF2
addr add $2/30 dev eth0
link set eth0 up
link set lo up
EOF2
  shift 2
  fresh=1
else
  shift
  fresh=0
fi
rst_drop=$1

# A new namespace starts with the machine kernel's defaults; tcp_tw_reuse is 2 on modern kernels.
# Written to /proc directly: one process less per host than sysctl(8), same effect.
echo 0 >/proc/sys/net/ipv4/tcp_tw_reuse
echo "32768 60999" >/proc/sys/net/ipv4/ip_local_port_range
# Per namespace too, and what a widened range reserves: empty on a stock host.
echo "" >/proc/sys/net/ipv4/ip_local_reserved_ports

# iptables costs a few tens of ms per call; a new namespace has no rules to flush.
if [ "$fresh" = 0 ]; then
  iptables -F INPUT
  iptables -F OUTPUT
fi
if [ "$rst_drop" = 1 ]; then
  add_rst_drop
fi
