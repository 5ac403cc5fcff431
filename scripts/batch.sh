#!/usr/bin/env bash
# The end-to-end batch benchmark: the CLI over jsonl posts of realistic length, one post a record.
#
#   scripts/batch.sh [MB] [RUNS]
#
# Writes a reproducible corpus of MB megabytes (default 8; median post about 270 bytes) under
# target/batch, then runs `somelint check --input-format jsonl` on one thread (RAYON_NUM_THREADS=1)
# for each job and output format, RUNS times (default 3), and prints the best run's user CPU time
# and MB/s per core, the best wall time, and peak resident memory. The jobs:
#   * terms    300 inflected user terms only (--no-builtin);
#   * builtin  every built-in pack;
#   * both     every built-in pack and the 300 terms.
# Output goes to /dev/null; findings exit with 1, which is expected.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-8}
RUNS=${2:-3}
work=target/batch
mkdir -p "$work"

cargo build --release --quiet --bin somelint --example make_corpus
bin=${SOMELINT_BIN:-$PWD/target/release/somelint}  # SOMELINT_BIN: another build, for before/after
dir=$work/$MB
if [ ! -s "$dir/corpus.jsonl" ]; then
  target/release/examples/make_corpus "$dir" "$MB" jsonl >/dev/null 2>&1
fi
{
  echo "pack: bench"; echo "rules:"; echo "  - id: tone.bench_terms"; echo "    severity: warning"
  echo "    message: x"; echo "    source: bench"; echo "    match:"; echo "      terms:"
  sed 's/^/        - /' "$dir/terms.txt"
} > "$dir/bench.yaml"
bytes=$(stat -c %s "$dir/corpus.jsonl")
posts=$(wc -l < "$dir/corpus.jsonl")
median=$(python3 -c 'import json,sys,statistics;print(int(statistics.median(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]))))' "$dir/corpus.jsonl")
echo "corpus: $dir/corpus.jsonl, $bytes bytes, $posts posts, median post $median bytes; one thread; best of $RUNS"
printf '%-8s %-6s %10s %10s %10s %10s\n' job format "user s" "MB/s/core" "wall s" "peak KB"

run() { # JOB FORMAT ARGS... -> one line
  local job=$1 format=$2; shift 2
  local best_user= best_wall= peak=0 stats=$work/time.txt
  for _ in $(seq "$RUNS"); do
    env RAYON_NUM_THREADS=1 /usr/bin/time -o "$stats" -f '%U %e %M' "$bin" check --no-config \
      --input-format jsonl --format "$format" "$@" "$dir/corpus.jsonl" >/dev/null 2>&1 || true
    read -r user wall rss < <(tail -1 "$stats")
    if [ -z "$best_user" ] || (( $(echo "$user < $best_user" | bc -l) )); then best_user=$user; fi
    if [ -z "$best_wall" ] || (( $(echo "$wall < $best_wall" | bc -l) )); then best_wall=$wall; fi
    (( rss > peak )) && peak=$rss
  done
  local mbps
  mbps=$(echo "scale=1; $bytes / 1000000 / ($best_user + 0.001)" | bc -l)
  printf '%-8s %-6s %10s %10s %10s %10s\n' "$job" "$format" "$best_user" "$mbps" "$best_wall" "$peak"
}

for format in short json; do
  run terms "$format" --no-builtin --rules "$dir/bench.yaml"
  run builtin "$format"
  run both "$format" --rules "$dir/bench.yaml"
done
