#!/usr/bin/env bash
# Startup, node4j vs node 24, in one run: `-e 0` and a one-line script.
# Prints the median of N runs for each and the ratio node4j/node, then where
# node4j's time goes (NODE4J_TRACE_STARTUP=1 phases).
#   bench/startup.sh [N]       (NODE24=/path/to/node to skip the install)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-10}
node=${NODE24:-$("$root/test/fetch-node.sh" /tmp/node24 | tail -n1)}
node4j="$root/bin/node4j"
script=$(mktemp --suffix=.js)
echo 'console.log("hello")' > "$script"

median_ms() {  # command... -> median wall time in ms over $n runs
  local times=()
  for _ in $(seq "$n"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

printf '%-28s %10s %10s %8s\n' case node_ms node4j_ms ratio
for c in "-e 0" "script"; do
  if [ "$c" = "script" ]; then args=("$script"); else args=(-e 0); fi
  a=$(median_ms "$node" "${args[@]}")
  b=$(median_ms "$node4j" "${args[@]}")
  printf '%-28s %10s %10s %8s\n' "$c" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.1fx", b/(a>0?a:1)}')"
done
echo
echo "node4j phases (one run):"
NODE4J_TRACE_STARTUP=1 "$node4j" -e 0 2>&1 >/dev/null | sed 's/^/  /'
rm -f "$script"
