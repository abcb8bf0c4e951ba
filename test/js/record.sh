#!/usr/bin/env bash
# Records what real node 24 prints for test/js scripts: FILE.out (stdout),
# FILE.err (stderr) and FILE.code (exit code), with the repository path
# replaced by <root>. The JUnit runner (JsBehaviourTest) compares node4j's
# output with these, after dropping stack frames and node-internal source
# headers from stderr on both sides.
#   test/js/record.sh test/js/timers/*.js
# A line '// Flags: --x --y' in the script passes those flags (to node4j too).
# A line '// Env: NAME=value NAME2=value2' sets those environment variables for
# the run (space-separated NAME=value pairs; the runner does the same).
# Entry scripts may be .js, .mjs or .cjs files.
# Uses $NODE24, else installs node 24 with test/fetch-node.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ -z "${NODE24:-}" ]; then
  NODE24=$("$root/test/fetch-node.sh" /tmp/node24 | tail -n1)
fi
for f in "$@"; do
  abs=$(readlink -f "$f")
  dir=$(dirname "$abs")
  name=$(basename "$abs")
  flags=$(sed -n 's#^// Flags: ##p' "$abs" | head -n1)
  envs=$(sed -n 's#^// Env: ##p' "$abs" | head -n1)
  set +e
  # shellcheck disable=SC2086
  (cd "$dir" && env $envs "$NODE24" $flags "$name" < /dev/null > "$abs.out.tmp" 2> "$abs.err.tmp")
  code=$?
  set -e
  sed "s#$root#<root>#g" "$abs.out.tmp" > "$abs.out"
  sed "s#$root#<root>#g" "$abs.err.tmp" > "$abs.err"
  rm -f "$abs.out.tmp" "$abs.err.tmp"
  [ -s "$abs.err" ] || rm -f "$abs.err"
  echo "$code" > "$abs.code"
  echo "recorded $f (exit $code)"
done
