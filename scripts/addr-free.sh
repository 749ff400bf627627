#!/usr/bin/env bash
# Usage: scripts/addr-free.sh HOST:PORT — exits 1, saying so in Italian and
# English, when something already listens there (make run checks this
# before building anything).
set -uo pipefail
addr=${1:?usage: addr-free.sh HOST:PORT}
host=${addr%:*}
port=${addr##*:}
host=${host#[}
host=${host%]}
case "$host" in "" | 0.0.0.0) host=127.0.0.1 ;; ::) host=::1 ;; esac
[ "$port" = 0 ] && exit 0
if (exec 3<>"/dev/tcp/$host/$port") 2> /dev/null; then
  cat >&2 << MSG
L'indirizzo $addr è già in uso: un altro programma (forse un altro Capofila) è in ascolto.
Fermarlo, o scegliere un altro indirizzo:  make run ADDR=127.0.0.1:8081
The address $addr is already in use: another program (perhaps another Capofila) is listening.
Stop it, or choose another address:        make run ADDR=127.0.0.1:8081
MSG
  exit 1
fi
exit 0
