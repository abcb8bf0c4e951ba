#!/usr/bin/env bash
# Module loading, node4j vs node 24, in one run: require() a tree of N small
# CommonJS modules, and import() the same tree as ES modules. Times are taken
# inside the process around the root require/import (startup excluded), median
# of R runs, printed with the ratio node4j/node.
#   bench/modules.sh [N] [R]     (NODE24=/path/to/node to skip the install)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-500}
runs=${2:-5}
node=${NODE24:-$("$root/test/fetch-node.sh" /tmp/node24 | tail -n1)}
node4j="$root/bin/node4j"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# A binary tree: module i loads 2i+1 and 2i+2, exports a value and a function.
for i in $(seq 0 $((n - 1))); do
  a=$((2 * i + 1)); b=$((2 * i + 2))
  cjs="exports.id = $i;"; esm="export const id = $i;"
  sum="0"
  if [ $a -lt "$n" ]; then cjs="const a = require('./m$a.js'); $cjs"; esm="import * as a from './m$a.mjs'; $esm"; sum="a.total()"; fi
  if [ $b -lt "$n" ]; then cjs="const b = require('./m$b.js'); $cjs"; esm="import * as b from './m$b.mjs'; $esm"; sum="$sum + b.total()"; fi
  echo "$cjs exports.total = function total() { return 1 + $sum; };" > "$dir/m$i.js"
  echo "$esm export function total() { return 1 + $sum; }" > "$dir/m$i.mjs"
done
cat > "$dir/cjs.js" <<'JS'
const t0 = performance.now();
const root = require('./m0.js');
const ms = performance.now() - t0;
if (root.total() !== Number(process.argv[2])) throw new Error('wrong tree');
console.log(ms.toFixed(1));
JS
cat > "$dir/esm.mjs" <<'JS'
const t0 = performance.now();
const root = await import('./m0.mjs');
const ms = performance.now() - t0;
if (root.total() !== Number(process.argv[2])) throw new Error('wrong tree');
console.log(ms.toFixed(1));
JS

median() {  # command... -> median of the printed ms over $runs runs
  for _ in $(seq "$runs"); do "$@"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

printf '%-26s %10s %10s %8s\n' case node_ms node4j_ms ratio
for c in cjs.js esm.mjs; do
  a=$(median "$node" "$dir/$c" "$n")
  b=$(median "$node4j" "$dir/$c" "$n")
  printf '%-26s %10s %10s %8s\n' "$c ($n modules)" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.1fx", b / a}')"
done
