#!/usr/bin/env bash
# Peer comparison on the same corpus and the same job: find every inflected form of 300 Finnish
# terms. Reports MB/s of somelint, of ripgrep given every form written out as one alternation, and
# of textlint with textlint-rule-prh given the same dictionary, and the ratios.
#
#   scripts/compare.sh [MEGABYTES] [TEXTLINT_MEGABYTES]
#
# Installs ripgrep (crates.io) and textlint + textlint-rule-prh (npm) into target/peers.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
TL_MB=${2:-1}
work=target/corpus
peers=$PWD/target/peers
mkdir -p "$work" "$peers"

cargo build --release --quiet --bin somelint --example make_corpus --example term_forms
target/release/examples/make_corpus "$work" "$MB"
target/release/examples/term_forms "$work/forms.txt"
target/release/examples/make_corpus "$work/small" "$TL_MB"

[ -x "$peers/bin/rg" ] || cargo install --quiet --root "$peers" ripgrep
if [ ! -x "$peers/node_modules/.bin/textlint" ]; then
  (cd "$peers" && npm init -y >/dev/null && npm install --silent textlint textlint-rule-prh >/dev/null)
fi

# The same job for every tool: the terms as a somelint rule, every form as a ripgrep alternation,
# and every form as a prh dictionary entry.
{
  echo "pack: bench"; echo "rules:"; echo "  - id: tone.bench_terms"; echo "    severity: warning"
  echo "    message: x"; echo "    source: bench"; echo "    match:"; echo "      terms:"
  sed 's/^/        - /' "$work/terms.txt"
} > "$work/bench.yaml"
pattern="\\b(?:$(paste -sd'|' "$work/forms.txt"))\\b"
{
  echo "version: 1"; echo "rules:"
  while read -r f; do printf '  - expected: "%s"\n    patterns: ["%s"]\n' "$f" "$f"; done < "$work/forms.txt"
} > "$work/prh.yml"
cat > "$work/.textlintrc.json" <<JSON
{"rules": {"prh": {"rulePaths": ["$PWD/$work/prh.yml"]}}}
JSON

bytes=$(stat -c %s "$work/corpus.txt")
small=$(stat -c %s "$work/small/corpus.txt")
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
# The fastest of three runs (for the fast tools; the machine may be busy with other work).
best3() { local a b c; a=$(secs "$@"); b=$(secs "$@"); c=$(secs "$@"); printf '%s\n' "$a" "$b" "$c" | sort -g | head -1; }

t_some=$(best3 target/release/somelint check --no-config --no-builtin --rules "$work/bench.yaml" --format short "$work/corpus.txt")
t_some1=$(best3 env RAYON_NUM_THREADS=1 target/release/somelint check --no-config --no-builtin --rules "$work/bench.yaml" --input-format jsonl --format short "$work/corpus.jsonl")
t_someN=$(best3 target/release/somelint check --no-config --no-builtin --rules "$work/bench.yaml" --input-format jsonl --format short "$work/corpus.jsonl")
t_rg=$(secs "$peers/bin/rg" -i -c "$pattern" "$work/corpus.txt")
# ripgrep's most favourable setting for the same list: fixed strings, whole words (Aho-Corasick).
t_rgf=$(secs "$peers/bin/rg" -i -c -F -w -f "$work/forms.txt" "$work/corpus.txt")
t_tl=$(secs "$peers/node_modules/.bin/textlint" --config "$work/.textlintrc.json" "$work/small/corpus.txt")

mbps() { echo "scale=1; $1 / 1048576 / $2" | bc -l; }
s=$(mbps "$bytes" "$t_some"); s1=$(mbps "$bytes" "$t_some1"); sn=$(mbps "$bytes" "$t_someN"); r=$(mbps "$bytes" "$t_rg"); rf=$(mbps "$bytes" "$t_rgf"); t=$(mbps "$small" "$t_tl")
echo "corpus: $MB MB ($(wc -l < "$work/terms.txt") terms, $(wc -l < "$work/forms.txt") forms written out for the peers)"
printf '%-40s %8s MB/s\n' "somelint (one file)" "$s" "somelint (jsonl, 1 thread)" "$s1" \
  "somelint (jsonl, $(nproc) threads)" "$sn" \
  "ripgrep (forms as one \\b alternation)" "$r" "ripgrep (-F -w -f forms)" "$rf" "textlint + prh ($TL_MB MB)" "$t"
echo "ratios, somelint one file: /ripgrep alternation $(echo "scale=1; $s / $r" | bc -l)x," \
  "/ripgrep -F -w $(echo "scale=2; $s / $rf" | bc -l)x, /textlint $(echo "scale=0; $s / $t" | bc -l)x;" \
  "jsonl on every core: /textlint $(echo "scale=0; $sn / $t" | bc -l)x"
