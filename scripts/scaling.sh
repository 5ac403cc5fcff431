#!/usr/bin/env bash
# How somelint's batch job grows with input size, with cores, and what memory it needs.
#
#   scripts/scaling.sh [SIZES_MB] [MEMORY_MB]
#
# The job: every built-in pack plus the 300 inflected benchmark terms, over the reproducible
# corpus as jsonl (one post a record), output as json to /dev/null.
#   * size: one thread, for each size in SIZES_MB (default "5 10 20 40"): seconds and MB/s;
#   * cores: the largest size with 1 thread and with every core (`nproc`);
#   * memory: peak resident memory (GNU time) of a MEMORY_MB jsonl batch on every core
#     (default 1000; 0 skips it). The corpus files are written under target/scaling.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-"5 10 20 40"}
MEMORY_MB=${2:-1000}
work=target/scaling
mkdir -p "$work"

cargo build --release --quiet --bin somelint --example make_corpus
bin=$PWD/target/release/somelint
corpus() { # MB -> directory with corpus.jsonl and bench.yaml
  local dir=$work/$1
  if [ ! -s "$dir/corpus.jsonl" ]; then
    target/release/examples/make_corpus "$dir" "$1" jsonl 2>/dev/null
  fi
  {
    echo "pack: bench"; echo "rules:"; echo "  - id: tone.bench_terms"; echo "    severity: warning"
    echo "    message: x"; echo "    source: bench"; echo "    match:"; echo "      terms:"
    sed 's/^/        - /' "$dir/terms.txt"
  } > "$dir/bench.yaml"
  echo "$dir"
}
run() { # THREADS DIR -> "seconds max_rss_kb"
  local stats=$work/time.txt
  env RAYON_NUM_THREADS="$1" /usr/bin/time -o "$stats" -f '%e %M' "$bin" check --no-config \
    --rules "$2/bench.yaml" --input-format jsonl --format json "$2/corpus.jsonl" \
    >/dev/null 2>&1 || true
  tail -1 "$stats"
}
mbps() { echo "scale=2; $1 / 1000000 / $2" | bc -l; }

echo "size (one thread, every built-in pack + 300 terms):"
last=
for mb in $SIZES; do
  dir=$(corpus "$mb")
  bytes=$(stat -c %s "$dir/corpus.jsonl")
  read -r secs rss < <(run 1 "$dir")
  printf '  %5s MB jsonl  %7.2f s  %6s MB/s  peak %6d KB\n' "$mb" "$secs" "$(mbps "$bytes" "$secs")" "$rss"
  last=$dir
done

cores=$(nproc)
bytes=$(stat -c %s "$last/corpus.jsonl")
read -r s1 _ < <(run 1 "$last")
read -r sn _ < <(run "$cores" "$last")
echo "cores ($(basename "$last") MB): 1 thread $s1 s, $cores threads $sn s," \
  "speed-up $(echo "scale=2; $s1 / $sn" | bc -l)x ($(mbps "$bytes" "$sn") MB/s)"

if [ "$MEMORY_MB" != 0 ]; then
  dir=$(corpus "$MEMORY_MB")
  bytes=$(stat -c %s "$dir/corpus.jsonl")
  read -r secs rss < <(run "$cores" "$dir")
  echo "memory: $MEMORY_MB MB corpus ($bytes bytes of jsonl) on $cores threads: $secs s," \
    "$(mbps "$bytes" "$secs") MB/s, peak resident $((rss / 1024)) MB"
fi
