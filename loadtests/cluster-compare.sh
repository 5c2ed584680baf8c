#!/usr/bin/env bash
# 1 node vs 3 nodes of a redis-mode Live cluster on this machine, alternating (1, 3, 1, 3 …) so that the noise of a
# shared machine falls on both. Uses scripts/cluster.sh (Redis 6390, nodes 5301-5303, nginx 8088) and stops it at
# the end, also on errors and Ctrl-C. 1 node = node 1 alone (nodes 2 and 3 stopped gracefully) on the same Redis;
# 3 nodes = the harness spreads attendees' connections over the three nodes directly (--url A,B,C), no balancer.
#
#   bash loadtests/cluster-compare.sh SCENARIO ROUNDS [harness flags…]
#   bash loadtests/cluster-compare.sh vote-storm 2 --attendees 1000 --rate 2000 --duration 20
#
# Writes loadtests/results/cluster-SCENARIO-{1,3}node-ROUND.json and prints, per run, the harness's markdown row,
# the load average before and after, and each node's CPU seconds during the run (from /proc/PID/stat).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCENARIO="$1"; ROUNDS="$2"; shift 2
L=(dotnet "$ROOT/loadtests/Live.LoadTests/bin/Release/net10.0/Live.LoadTests.dll")
CLUSTER=(bash "$ROOT/scripts/cluster.sh")
OUT="$ROOT/loadtests/results"; mkdir -p "$OUT"
trap '"${CLUSTER[@]}" down >/dev/null' EXIT
# As the harness runs its own child: one address sends every join, so the per-address limits would refuse most.
export LIVE_CLUSTER_NODE_ARGS="--RateLimits:Enabled=false --Logging:LogLevel:Default=Warning"

node_pid() { cat "$ROOT/.cluster/node$1/node.pid" 2>/dev/null || true; }
cpu_seconds() { # utime + stime of a pid, in seconds (0 if gone)
  local pid="$1"
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || { echo 0; return; }
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$pid/stat"
}
stop_node() { # graceful, like cluster.sh down
  local pid; pid="$(node_pid "$1")"
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 0
  kill -TERM "$pid"; while [ -d "/proc/$pid" ]; do sleep 0.2; done
}

"${CLUSTER[@]}" up
for round in $(seq 1 "$ROUNDS"); do
  for nodes in 1 3; do
    if [ "$nodes" = 1 ]; then
      stop_node 2; stop_node 3; urls="http://127.0.0.1:5301"
    else
      for n in 2 3; do [ -d "/proc/$(node_pid "$n")" ] || "${CLUSTER[@]}" restart-node "$n"; done
      urls="http://127.0.0.1:5301,http://127.0.0.1:5302,http://127.0.0.1:5303"
    fi
    sleep 5 # let membership settle after a node left or joined
    declare -A before=()
    for n in $(seq 1 "$nodes"); do before[$n]="$(cpu_seconds "$(node_pid "$n")")"; done
    load_before="$(cut -d' ' -f1-3 /proc/loadavg)"; started=$(date +%s)
    echo "== $SCENARIO, $nodes node(s), round $round, $(date -u +%H:%M:%S) UTC, load average $load_before"
    "${L[@]}" "$SCENARIO" --url "$urls" --no-baseline --markdown --json "$OUT/cluster-$SCENARIO-${nodes}node-$round.json" "$@" \
      2> >(grep -v '^\s*$' | tail -n 3 >&2) || echo "(harness exit code $?)"
    cpu=""
    for n in $(seq 1 "$nodes"); do cpu+=" node$n $(awk -v a="${before[$n]}" -v b="$(cpu_seconds "$(node_pid "$n")")" 'BEGIN { printf "%.1f", b - a }') s"; done
    echo "   wall $(( $(date +%s) - started )) s; server CPU:$cpu; load average after $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
