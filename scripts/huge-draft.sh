#!/usr/bin/env bash
# Time and peak memory of one huge single-line draft dense with findings, with every built-in
# pack (the full-size case of tests/huge.rs, which runs 8 MiB in CI).
#
#   scripts/huge-draft.sh            # 1, 2, 4, 8 and 90 MiB
#   scripts/huge-draft.sh "16 32"    # other sizes, in MiB
#   SOMELINT=path/to/somelint scripts/huge-draft.sh   # another build (e.g. an older one)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"1 2 4 8 90"}
bin=${SOMELINT:-target/release/somelint}
[ -n "${SOMELINT:-}" ] || cargo build --release --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unit='Vittu mikä päätös! Matti Virtanen sairastaa syöpää, hetu 131052-308T, soita 040 123 4567 tai matti@gmail.com, tili FI21 1234 5600 0007 85, salasana: Kissa123, LUOTTAMUKSELLINEN liite https://intra.kunta.fi/x #kesä @kunta 😀😀😀😀 '
printf '%s\t%s\t%s\n' "MiB" "seconds" "peak kB"
for mb in $sizes; do
  python3 -c "import sys; u=sys.argv[1]; n=int(sys.argv[2])<<20; b=(u*(n//len(u.encode())+1)).encode()[:n]; sys.stdout.write(b.decode('utf-8','ignore'))" "$unit" "$mb" > "$dir/iso.txt"
  /usr/bin/time -f "%e %M" -o "$dir/time" "$bin" --no-config --max-draft-bytes 0 --format short "$dir/iso.txt" > /dev/null || true
  read -r secs peak < <(tail -n 1 "$dir/time")
  printf '%s\t%s\t%s\n' "$mb" "$secs" "$peak"
done
