#!/usr/bin/env bash
# Scale-out measured so that it can show scaling: like cluster-compare.sh (1 node vs 3 nodes of a redis-mode cluster,
# alternating 1, 3, 1, 3 …), but every Live node is capped to CAP_CORES of a core (default 0.33) with the cgroup v1
# `cpu` controller, so 1 node has a third of a core and 3 nodes have a third each (one core together). The load
# generator, Redis and nginx stay uncapped (root cgroup), so on a 2-core machine they still have about a core.
# Without the cap, 3 nodes on the same two cores as 1 node cannot be faster (cluster-compare.sh).
#
#   bash loadtests/cluster-capped.sh SCENARIO ROUNDS [harness flags…]      # SCENARIO: vote-storm or fan-out
#   bash loadtests/cluster-capped.sh vote-storm 2 --sweep 200,400,600,800,1000,1200 --duration 20 --attendees 2000 --sessions 20
#   CAP_CORES=0.5 bash loadtests/cluster-capped.sh fan-out 2 --attendees 3000 --rate 10 --duration 10
#
# Runs as root (it writes /sys/fs/cgroup/cpu). Creates /sys/fs/cgroup/cpu/live-capped-node{1,2,3} with
# cpu.cfs_period_us=100000 and cpu.cfs_quota_us=CAP_CORES×100000, moves each node's process (all its threads: v1
# cgroup.procs moves the whole thread group; later threads inherit it) into its cgroup once it answers /healthz (so
# start-up, JIT and the first Orleans join are not capped; runs are measured after), and checks every thread in
# /proc/PID/task is listed in the cgroup's `tasks`. At exit, also on errors and Ctrl-C: the cluster is stopped
# (scripts/cluster.sh down), any process still in the cgroups goes back to the root cgroup, and the cgroups are removed.
#
# The harness always gets --no-baseline (only Live is measured) and --url with the running nodes. Writes
# loadtests/results/capped-SCENARIO-{1,3}node-ROUND.json (+ .svg) and prints per run: the harness's markdown, the
# load average before and after, each node's CPU seconds (/proc/PID/stat) and CPU ÷ wall, the cgroup's throttled
# periods (cpu.stat), and "cap held" when every node's CPU ÷ wall ≤ CAP_CORES + CAP_SLACK (default 0.03 core).
# At the end a summary: capacityAtSlo (vote-storm --sweep) or the ack/delivery p99 (otherwise) per run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 2 ] || { echo "usage: bash loadtests/cluster-capped.sh vote-storm|fan-out ROUNDS [harness flags…]" >&2; exit 2; }
SCENARIO="$1"; ROUNDS="$2"; shift 2
case "$SCENARIO" in vote-storm|fan-out) ;; *) echo "cluster-capped: SCENARIO is vote-storm or fan-out" >&2; exit 2 ;; esac
CAP_CORES="${CAP_CORES:-0.33}"
CAP_SLACK="${CAP_SLACK:-0.03}"
PERIOD_US=100000
QUOTA_US="$(awk -v c="$CAP_CORES" -v p="$PERIOD_US" 'BEGIN { q = int(c * p + 0.5); if (c <= 0 || q < 1000) exit 1; print q }')" \
  || { echo "cluster-capped: CAP_CORES=$CAP_CORES is not a share of a core (≥ 0.01)" >&2; exit 2; }
CG_ROOT=/sys/fs/cgroup/cpu
[ -w "$CG_ROOT/cgroup.procs" ] && [ -e "$CG_ROOT/cpu.cfs_quota_us" ] \
  || { echo "cluster-capped: needs root and the cgroup v1 cpu controller at $CG_ROOT" >&2; exit 2; }
L=(dotnet "$ROOT/loadtests/Live.LoadTests/bin/Release/net10.0/Live.LoadTests.dll")
[ -f "${L[1]}" ] || { echo "cluster-capped: build first: dotnet build Live.sln -c Release" >&2; exit 2; }
CLUSTER=(bash "$ROOT/scripts/cluster.sh")
OUT="$ROOT/loadtests/results"; mkdir -p "$OUT"
NODES=(1 2 3)
cg() { echo "$CG_ROOT/live-capped-node$1"; }
# As cluster-compare.sh: one address sends every join, so the per-address limits would refuse most.
export LIVE_CLUSTER_NODE_ARGS="--RateLimits:Enabled=false --Logging:LogLevel:Default=Warning"

remove_cgroups() { # move whatever is still inside back to the root cgroup, then remove
  local n dir pid
  for n in "${NODES[@]}"; do
    dir="$(cg "$n")"; [ -d "$dir" ] || continue
    while read -r pid; do [ -n "$pid" ] && echo "$pid" > "$CG_ROOT/cgroup.procs" 2>/dev/null || true; done < "$dir/cgroup.procs"
    rmdir "$dir" 2>/dev/null || echo "cluster-capped: could not remove $dir (still holds: $(tr '\n' ' ' < "$dir/cgroup.procs"))" >&2
  done
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  set +e
  "${CLUSTER[@]}" down >/dev/null
  remove_cgroups
  echo "cluster-capped: cluster stopped, cgroups removed (exit $status)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

node_pid() { cat "$ROOT/.cluster/node$1/node.pid" 2>/dev/null || true; }
cpu_seconds() { # utime + stime of a pid (all its threads), in seconds (0 if gone)
  local pid="$1"
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || { echo 0; return; }
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$pid/stat"
}
throttled() { awk '$1 == "nr_periods" { p = $2 } $1 == "nr_throttled" { t = $2 } END { print p + 0, t + 0 }' "$(cg "$1")/cpu.stat"; }
stop_node() { # graceful, like cluster.sh down
  local pid; pid="$(node_pid "$1")"
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 0
  kill -TERM "$pid"; while [ -d "/proc/$pid" ]; do sleep 0.2; done
}
cap_node() { # node N's process and all its threads into its cgroup; fails unless every thread is listed in `tasks`
  local n="$1" pid dir tid missing=0
  pid="$(node_pid "$n")"; dir="$(cg "$n")"
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || { echo "cluster-capped: node $n is not running" >&2; return 1; }
  echo "$pid" > "$dir/cgroup.procs"
  for tid in /proc/"$pid"/task/*; do grep -qx "${tid##*/}" "$dir/tasks" || missing=$((missing + 1)); done
  # A thread that ended between the listing and the check is not missing; re-check once before failing.
  if [ "$missing" -gt 0 ]; then
    missing=0; for tid in /proc/"$pid"/task/*; do [ -d "$tid" ] && ! grep -qx "${tid##*/}" "$dir/tasks" && missing=$((missing + 1)); done
  fi
  [ "$missing" -eq 0 ] || { echo "cluster-capped: $missing threads of node $n (pid $pid) are not in $dir/tasks" >&2; return 1; }
  echo "   node $n (pid $pid): $(ls /proc/"$pid"/task | wc -l) threads in $(basename "$dir"), quota $(cat "$dir/cpu.cfs_quota_us")/$(cat "$dir/cpu.cfs_period_us") µs"
}

remove_cgroups # left over from a run that was killed with SIGKILL
for n in "${NODES[@]}"; do
  mkdir "$(cg "$n")"
  echo "$PERIOD_US" > "$(cg "$n")/cpu.cfs_period_us"
  echo "$QUOTA_US" > "$(cg "$n")/cpu.cfs_quota_us"
done
echo "cluster-capped: each node capped to $CAP_CORES core (cfs_quota_us $QUOTA_US / cfs_period_us $PERIOD_US); load generator, Redis and nginx uncapped; $(nproc) cores"

"${CLUSTER[@]}" up
cap_node 1
summary=()
for round in $(seq 1 "$ROUNDS"); do
  for nodes in 1 3; do
    if [ "$nodes" = 1 ]; then
      stop_node 2; stop_node 3; urls="http://127.0.0.1:5301"
    else
      for n in 2 3; do [ -d "/proc/$(node_pid "$n")" ] || { "${CLUSTER[@]}" restart-node "$n"; cap_node "$n"; }; done
      urls="http://127.0.0.1:5301,http://127.0.0.1:5302,http://127.0.0.1:5303"
    fi
    sleep 5 # let membership settle after a node left or joined
    declare -A before=() thr_before=()
    for n in $(seq 1 "$nodes"); do before[$n]="$(cpu_seconds "$(node_pid "$n")")"; thr_before[$n]="$(throttled "$n")"; done
    load_before="$(cut -d' ' -f1-3 /proc/loadavg)"; started="$(date +%s.%N)"
    json="$OUT/capped-$SCENARIO-${nodes}node-$round.json"
    echo "== $SCENARIO, $nodes node(s) × $CAP_CORES core, round $round, $(date -u +%H:%M:%S) UTC, load average $load_before"
    rc=0
    "${L[@]}" "$SCENARIO" --url "$urls" --no-baseline --markdown --json "$json" "$@" \
      2> >(grep -v '^\s*$' | tail -n 3 >&2) || rc=$?
    [ "$rc" = 0 ] || echo "   (harness exit code $rc)"
    wall="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
    cpu=""; held=yes
    for n in $(seq 1 "$nodes"); do
      used="$(awk -v a="${before[$n]}" -v b="$(cpu_seconds "$(node_pid "$n")")" 'BEGIN { printf "%.1f", b - a }')"
      share="$(awk -v u="$used" -v w="$wall" 'BEGIN { printf "%.3f", u / w }')"
      read -r p0 t0 <<< "${thr_before[$n]}"; read -r p1 t1 <<< "$(throttled "$n")"
      cpu+=" node$n ${used} s = ${share} core (throttled in $((t1 - t0)) of $((p1 - p0)) periods);"
      awk -v s="$share" -v c="$CAP_CORES" -v e="$CAP_SLACK" 'BEGIN { exit !(s <= c + e) }' || held=no
    done
    echo "   wall $wall s; server CPU:$cpu load average after $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ "$held" = yes ]; then echo "   cap held: every node ≤ $CAP_CORES + $CAP_SLACK core"
    else echo "   CAP NOT HELD: a node used more than $CAP_CORES + $CAP_SLACK core"; fi
    if [ -s "$json" ]; then
      figure="$(jq -r 'if .capacityAtSlo != null or .sweep != null then "capacityAtSlo \(.capacityAtSlo // "none") votes/s"
        else "ack p99 \(.ackMs.p99) ms, throughput \(.throughputPerSecond // "-")/s" end
        + ", lost \(.lost), duplicated \(.duplicated), errors \(.errors)"' "$json")"
    else figure="no result (harness exit code $rc)"; fi
    summary+=("round $round, $nodes node(s): $figure; cap held: $held")
  done
done
echo "== summary ($SCENARIO, each node $CAP_CORES core; results in loadtests/results/capped-$SCENARIO-*.json)"
printf '   %s\n' "${summary[@]}"
