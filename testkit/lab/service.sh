#!/bin/bash
# vos-assist lab: fake SysV "service" command of a fake VOS3000 host.
# Installed as /usr/local/sbin/service (first on PATH) inside the host's mount namespace.
# Only mbx3000d is known: a tool under test must never reach a real service of the lab machine.
# How "reparse" behaves is read at every call from the host directory (ok|fail|revert|hang|slow).
HOST_DIR='@HOST_DIR@'
CONF=/home/kunshi/mbx3000/etc/softswitch.conf
LOG=/home/kunshi/mbx3000/log/mbx3000d.log
EFFECTIVE=/home/kunshi/mbx3000/run/effective

name=$1
action=$2

if [ "$name" != mbx3000d ]; then
  echo "$name: unrecognized service" >&2
  exit 1
fi

log() { echo "$(date '+%Y-%m-%d %H:%M:%S.%3N') $*" >>"$LOG"; }

# Current SS_TCP_CLOSE_RESET value without quotes (the last assignment wins, as in the softswitch).
current() {
  sed -n -E 's/^[[:space:]]*SS_TCP_CLOSE_RESET[[:space:]]*=[[:space:]]*"?([^"[:space:]#]*)"?.*$/\1/p' "$CONF" 2>/dev/null | tail -n 1
}

# Put SS_TCP_CLOSE_RESET back to Off in the file's own style (quoted or bare).
revert_to_off() {
  sed -i -E \
    -e 's/^([[:space:]]*SS_TCP_CLOSE_RESET[[:space:]]*=[[:space:]]*)"[^"]*"/\1"Off"/' \
    -e 't' \
    -e 's/^([[:space:]]*SS_TCP_CLOSE_RESET[[:space:]]*=[[:space:]]*)[^[:space:]#]*/\1Off/' \
    "$CONF"
}

behaviour=$(cat "$HOST_DIR/reload-behaviour" 2>/dev/null || echo ok)

case "$action" in
  status)
    log "status"
    echo "mbx3000d (pid 2817) is running..."
    ;;
  restart)
    value=$(current)
    log "restart SS_TCP_CLOSE_RESET=$value"
    echo "$value" >"$EFFECTIVE"
    echo "Stopping mbx3000d:                                         [  OK  ]"
    echo "Starting mbx3000d:                                         [  OK  ]"
    ;;
  reparse)
    case "$behaviour" in
      fail)
        log "reparse failed"
        echo "mbx3000d: reparse failed: cannot apply $CONF (error 23)" >&2
        exit 1
        ;;
      revert)
        value=$(current)
        revert_to_off
        log "reparse rejected SS_TCP_CLOSE_RESET=$value, reverted to Off"
        echo "Off" >"$EFFECTIVE"
        echo "Reparsing mbx3000d configuration:                          [  OK  ]"
        ;;
      slow)
        # Takes its time, then succeeds: long enough for a test to cut the link meanwhile.
        sleep 3
        value=$(current)
        log "reparse SS_TCP_CLOSE_RESET=$value (slow)"
        echo "$value" >"$EFFECTIVE"
        echo "Reparsing mbx3000d configuration:                          [  OK  ]"
        ;;
      hang)
        log "reparse hang"
        # The name lets Lab.reset() find and end sleepers left by timed-out commands.
        exec -a vos-lab-hang sleep 600
        ;;
      *)
        value=$(current)
        log "reparse SS_TCP_CLOSE_RESET=$value"
        echo "$value" >"$EFFECTIVE"
        echo "Reparsing mbx3000d configuration:                          [  OK  ]"
        ;;
    esac
    ;;
  *)
    echo "Usage: /etc/init.d/mbx3000d {start|stop|status|restart|reparse}" >&2
    exit 2
    ;;
esac
