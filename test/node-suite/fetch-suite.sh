#!/usr/bin/env bash
# fetch-suite.sh DEST
#
# Puts the parts of Node.js 22.22.2's own test suite that test/parallel needs
# into DEST, taken from Debian's `nodejs` source package (the upstream source,
# repacked by Debian as the "orig" tarball). Nothing of Node's suite is kept
# in this repository; this script fetches it on demand, e.g. on a CI machine.
#
#   * The tarball's file name and SHA-256 are pinned below (the SHA-256 is the
#     one in Debian sid's signed Sources index for nodejs 22.22.2+dfsg+~cs22.19.15-3).
#     It is downloaded from deb.debian.org's pool; if the pool no longer has it
#     (Debian removes old versions), from snapshot.debian.org, which keeps every
#     file Debian ever published. Whatever the source, the checksum must match.
#   * Needs only bash, curl or wget, tar with xz support, sha256sum. No apt, no
#     root. Set NODE_SUITE_TARBALL=/path/to/the/orig.tar.xz to use a copy you
#     already have (it is checked all the same).
#   * Extracts, below DEST:
#       test/parallel  the tests
#       test/common    the helpers every test requires
#       test/fixtures  data files the tests read
#       test/wpt       WPT status files (test/common/wpt.js reads them)
#       test/sqlite    a helper test-sqlite*.js require
#       benchmark      test-benchmark-cli.js requires benchmark/_cli.js
#     (no test/sequential, doc, lib, deps: nothing in test/parallel loads them).
#   * Idempotent: DEST/.node-suite-complete records what was extracted; when it
#     matches, the script does nothing. The suite is built in a sibling staging
#     directory and renamed into place, so DEST is never left half-filled.
#     An existing DEST made by an older version of this script is replaced; any
#     other non-empty DEST is left alone (the script stops with an error).
#
# Prints progress on stderr, nothing on stdout. Exit status 0 = DEST complete.
set -euo pipefail

NODE_VERSION=22.22.2
DEB_UPSTREAM="22.22.2+dfsg+~cs22.19.15"          # Debian version minus the revision (-3)
TARBALL="nodejs_${DEB_UPSTREAM}.orig.tar.xz"
TARBALL_SIZE=23112104
TARBALL_SHA256=f1a6dfca7ffe7f9f42942274adf9f0a12733977a4744a53f41b20836907c449b
# snapshot.debian.org serves every archived file by its SHA-1 at /file/<sha1>.
TARBALL_SHA1=1b5116240fc3a1934ae2c87da45a3615e92dbbe9
TOPDIR="node-v${NODE_VERSION}"                     # the tarball's top directory
PARTS=(test/parallel test/common test/fixtures test/wpt test/sqlite benchmark)
LAYOUT=1                                           # bump when PARTS changes
MARKER=".node-suite-complete"
MARKER_TEXT="${TARBALL} sha256=${TARBALL_SHA256} layout=${LAYOUT}"

# '+' and '~' percent-encoded, as Debian's web servers expect in a path.
ENC_TARBALL=$(printf '%s' "$TARBALL" | sed -e 's/+/%2B/g' -e 's/~/%7E/g')
MIRROR="${NODE_SUITE_DEBIAN_MIRROR:-https://deb.debian.org/debian}"
URLS=(
  "${MIRROR%/}/pool/main/n/nodejs/${ENC_TARBALL}"
  "https://snapshot.debian.org/file/${TARBALL_SHA1}"
)

log() { echo "fetch-suite: $*" >&2; }
die() { log "error: $*"; exit 1; }

[ $# -eq 1 ] && [ -n "$1" ] && [ "${1#-}" = "$1" ] || {
  echo "usage: $0 DEST    (fetches Node ${NODE_VERSION}'s test suite into DEST)" >&2
  exit 2
}
DEST="$1"

if [ -f "$DEST/$MARKER" ] && [ "$(cat "$DEST/$MARKER")" = "$MARKER_TEXT" ] &&
   [ -f "$DEST/test/common/index.js" ] && [ -d "$DEST/test/parallel" ]; then
  exit 0                                           # already complete
fi

if [ -d "$DEST" ] && [ ! -f "$DEST/$MARKER" ] &&
   [ -n "$(ls -A "$DEST" 2>/dev/null)" ]; then
  die "$DEST exists, is not empty and was not made by this script; remove it or pick another DEST"
fi

for tool in tar sha256sum xz; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is needed but not installed"
done

parent=$(dirname "$DEST")
mkdir -p "$parent"
work=$(mktemp -d "$parent/.fetch-suite.XXXXXX")
trap 'rm -rf "$work"' EXIT

sha_ok() { echo "$TARBALL_SHA256  $1" | sha256sum -c --status - 2>/dev/null; }

download() {  # download URL FILE
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 3 --retry-delay 2 --connect-timeout 30 --max-time 900 -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then
    wget -q --tries=3 --timeout=60 -O "$2" "$1"
  else
    die "neither curl nor wget is installed"
  fi
}

tarball="$work/$TARBALL"
if [ -n "${NODE_SUITE_TARBALL:-}" ]; then
  [ -f "$NODE_SUITE_TARBALL" ] || die "NODE_SUITE_TARBALL=$NODE_SUITE_TARBALL: no such file"
  sha_ok "$NODE_SUITE_TARBALL" || die "$NODE_SUITE_TARBALL does not have sha256 $TARBALL_SHA256"
  tarball="$NODE_SUITE_TARBALL"
  log "using $tarball"
else
  got=""
  for url in "${URLS[@]}"; do
    log "downloading $url ($((TARBALL_SIZE / 1048576)) MiB)"
    rm -f "$tarball"
    if ! download "$url" "$tarball"; then
      log "  failed; trying the next source"
      continue
    fi
    if sha_ok "$tarball"; then
      got=1
      break
    fi
    log "  wrong checksum ($(sha256sum "$tarball" | cut -d' ' -f1), $(wc -c < "$tarball") bytes); trying the next source"
  done
  [ -n "$got" ] || die "could not download $TARBALL with sha256 $TARBALL_SHA256 from: ${URLS[*]}"
  log "sha256 verified: $TARBALL_SHA256"
fi

stage="$work/suite"
mkdir -p "$stage"
log "extracting ${PARTS[*]}"
tar -xJf "$tarball" -C "$stage" --strip-components=1 --no-same-owner --no-same-permissions \
  "${PARTS[@]/#/$TOPDIR/}" || die "extraction from $TARBALL failed"
[ -f "$stage/test/common/index.js" ] || die "no test/common/index.js in $TARBALL"
n=$(find "$stage/test/parallel" -maxdepth 1 \( -name 'test-*.js' -o -name 'test-*.mjs' \) | wc -l)
[ "$n" -gt 1000 ] || die "only $n tests in test/parallel; the tarball is not what it should be"
printf '%s\n' "$MARKER_TEXT" > "$stage/$MARKER"

# Swap the staged suite in. An old DEST (it has a marker: made by this script)
# is moved aside first and deleted after the rename.
if [ -e "$DEST" ]; then
  mv "$DEST" "$work/old"
fi
mv "$stage" "$DEST"
log "done: $n tests in $DEST/test/parallel (Node $NODE_VERSION)"
