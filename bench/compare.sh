#!/usr/bin/env bash
# Runs one benchmark script under node 24 and under node4j, one after the other
# in the same invocation, and prints each case's time side by side with the
# ratio node4j/node (above 1: node4j is slower). The scripts print lines
# `case <name> <ms>` (bench/fs.js, bench/stream.js, bench/net.js).
#   bench/compare.sh bench/fs.js      (NODE24=/path/to/node to skip the install;
#                                      BENCH_SCALE, BENCH_RUNS pass through)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
script=${1:?usage: bench/compare.sh SCRIPT}
# bench/net.js holds 20,000 sockets open: as many descriptors as allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
node=${NODE24:-$("$root/test/fetch-node.sh" /tmp/node24 | tail -n1)}
a=$(mktemp)
b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$node" "$script" > "$a"
"$root/bin/node4j" "$script" > "$b"
printf '%-40s %10s %10s %8s\n' case node_ms node4j_ms ratio
awk '
  FNR == NR && $1 == "case" { node[$2] = $3; order[++n] = $2; next }
  $1 == "case" { mine[$2] = $3 }
  END {
    for (i = 1; i <= n; i++) {
      c = order[i]
      r = (c in mine && node[c] > 0) ? sprintf("%.2f", mine[c] / node[c]) : "-"
      printf "%-40s %10s %10s %8s\n", c, node[c], (c in mine ? mine[c] : "missing"), r
    }
  }' "$a" "$b"
