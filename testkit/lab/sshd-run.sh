#!/bin/bash
# vos-assist lab: runs the sshd of one fake VOS3000 host. Started as
#   ip netns exec NAME unshare --mount --uts --propagation slave /bin/bash sshd-run.sh HOST_DIR HOSTNAME
# so the mounts below are seen only by this sshd and its sessions. Slave (not private)
# propagation keeps `ip netns del` of other labs working: their /run/netns mounts vanish here too.
# Runs until stdin reaches EOF (the lab process died or let go) or it gets SIGTERM.
set -euo pipefail
dir=$1 host=$2

# Own UTS namespace: the host has its own name (written before /proc/sys becomes read-only).
echo "$host" >/proc/sys/kernel/hostname
# HOST_DIR/fstab (written by the lab) overlays /etc, binds the host's directories over /home,
# /root, /etc/sysctl.d, /usr/local/sbin, /var/log, and leaves only /proc/sys/net writable.
# One mount(8) process for all of it: process start-up dominates bring-up time.
mount --all --fstab "$dir/fstab"

exec 3<&0
/usr/sbin/sshd -D -e -f "$dir/sshd_config" </dev/null &
sshd=$!
cat <&3 >/dev/null &
watch=$!
trap 'kill $sshd $watch 2>/dev/null; exit 0' TERM INT HUP
wait -n "$sshd" "$watch" || true
kill "$sshd" "$watch" 2>/dev/null || true
wait
