#!/usr/bin/env bash
# Start-up: the whole process for one draft with every built-in pack, by hyperfine, and its
# instruction count by callgrind when valgrind is installed.
#
#   scripts/startup.sh
#
# Drafts: benches/data/short-draft.txt (a short post with no link, hashtag or signature) and
# fixtures/sample/luonnos.md (the README's sample, which sets off eleven pattern rules).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin somelint
bin=target/release/somelint
drafts=(benches/data/short-draft.txt fixtures/sample/luonnos.md)
command -v hyperfine >/dev/null || { echo "hyperfine is needed (cargo install hyperfine)"; exit 2; }
args=()
for d in "${drafts[@]}"; do args+=("$bin --no-config $d"); done
hyperfine -N --warmup 20 --runs 300 "${args[@]}"
if command -v valgrind >/dev/null; then
  for d in "${drafts[@]}"; do
    n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" --no-config "$d" 2>&1 >/dev/null |
      sed -n 's/.*Collected : //p')
    echo "instructions, $d: $n"
  done
fi
