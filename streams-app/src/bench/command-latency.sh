#!/usr/bin/env sh
# How long a user waits for an action command against a running tracker: each round runs `./tracker reopen ID` and
# then `./tracker done ID` as a user would (a new JVM each time, through the ./tracker script) and prints how long the
# command took and when the API first showed the new status. The action ends as it started (done).
#   ./tracker demo &                                   (in another terminal)
#   streams-app/src/bench/command-latency.sh ID [ROUNDS] [PORT]
# ID: a done action's id (the demo's ledger lists them). Needs curl.
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
ID=${1:?"usage: $0 ACTION_ID [ROUNDS] [PORT]"}
ROUNDS=${2:-5}
PORT=${3:-8080}
now() { date +%s%N; }
shows() { curl -sf -H 'Accept: application/json' "http://localhost:$PORT/actions/$ID" | grep -q "\"status\":\"$1\""; }
shows done || { echo "$ID is not a done action at http://localhost:$PORT/" >&2; exit 1; }
COMMANDS=""
VISIBLE=""
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  for verb in reopen done; do
    if [ "$verb" = reopen ]; then want=open; else want=done; fi
    start=$(now)
    "$ROOT/tracker" "$verb" "$ID" > /dev/null
    answered=$(now)
    until shows "$want"; do :; done
    seen=$(now)
    command_ms=$(( (answered - start) / 1000000 ))
    visible_ms=$(( (seen - start) / 1000000 ))
    echo "$verb: command answered in $command_ms ms, the API showed '$want' after $visible_ms ms"
    COMMANDS="$COMMANDS $command_ms"
    VISIBLE="$VISIBLE $visible_ms"
  done
  i=$((i + 1))
done
summary() { echo "$2" | tr ' ' '\n' | grep . | sort -n | awk -v what="$1" \
  '{ v[NR] = $1 } END { printf "%s: n=%d  p50=%d ms  max=%d ms\n", what, NR, v[int((NR + 1) / 2)], v[NR] }'; }
summary "command answered" "$COMMANDS"
summary "API shows the change" "$VISIBLE"
