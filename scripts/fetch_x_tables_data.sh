#!/usr/bin/env bash
# Fetches the inputs of crates/core/src/metrics/x_tables.rs again from the npm registry and puts
# them, unchanged, in crates/core/data/x-tables/ (see the README there). Needs npm, tar and
# sha256sum. The tables are then made, with no network, by
#
#   cargo run -p somelint-core --example make_x_tables
#
# and crates/core/tests/x_tables_fresh.rs fails while the committed tables differ from what the
# inputs give. Both packages are pinned by version and by the SHA-256 of their tarballs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=crates/core/data/x-tables

# Work under target/ (ignored by git), so nothing is written outside the repository.
mkdir -p target
tmp=$(mktemp -d target/fetch-x-tables.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent twitter-text@3.1.0 twemoji-parser@11.0.2 >/dev/null)
(cd "$tmp" && sha256sum --check --quiet) <<'EOF'
d9099336e4ce035b37e36d42f084b24c3f135862ee94b87584b271487cb66ae7  twitter-text-3.1.0.tgz
cf1a2505eded1ae19c917e35c2a5ca59f6aabc14e1496470c22c682b621a9ab2  twemoji-parser-11.0.2.tgz
EOF

mkdir -p "$tmp/twitter-text" "$tmp/twemoji-parser"
tar -xzf "$tmp/twitter-text-3.1.0.tgz" -C "$tmp/twitter-text" \
  package/LICENSE package/dist/esm/regexp/validGTLD.js package/dist/esm/regexp/validCCTLD.js
tar -xzf "$tmp/twemoji-parser-11.0.2.tgz" -C "$tmp/twemoji-parser" \
  package/LICENSE.md package/dist/lib/regex.js

mkdir -p "$out/twitter-text" "$out/twemoji-parser"
# install -m 0644: the tarballs mark some files executable.
install -m 0644 "$tmp/twitter-text/package/LICENSE" "$out/twitter-text/LICENSE"
install -m 0644 "$tmp/twitter-text/package/dist/esm/regexp/validGTLD.js" "$out/twitter-text/validGTLD.js"
install -m 0644 "$tmp/twitter-text/package/dist/esm/regexp/validCCTLD.js" "$out/twitter-text/validCCTLD.js"
install -m 0644 "$tmp/twemoji-parser/package/LICENSE.md" "$out/twemoji-parser/LICENSE.md"
install -m 0644 "$tmp/twemoji-parser/package/dist/lib/regex.js" "$out/twemoji-parser/regex.js"
echo "fetched into $out:"
(cd "$out" && ls -l twitter-text twemoji-parser)
