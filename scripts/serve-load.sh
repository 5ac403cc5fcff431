#!/usr/bin/env bash
# Load on `somelint serve` (a release build, one worker thread, pinned to one core) over loopback with `wrk`
# (Debian's package): a typical draft posted to /v1/check flat out for 10 s, from 2 and then 8
# connections. Prints requests per second and latency p50 and p99. (wrk cannot pace a fixed
# rate; tests/serve_load.rs does, at 200 requests a second, on the test build.)
#
#   scripts/serve-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 2; }
cargo build --release --quiet --bin somelint
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
port=18787
# One core for the server (its I/O thread and the checks alike), where taskset is there.
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" target/release/somelint serve --no-config --threads 1 --bind "127.0.0.1:$port" 2>"$work/log" &
pid=$!
for _ in $(seq 100); do grep -q http:// "$work/log" && break; sleep 0.1; done
cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": "Hei kaikki! Uimahallin aukioloajat muuttuvat ensi viikolla. Kuvassa uudistettu allasosasto.\\n\\nKatso uudet ajat: https://www.suomussalmi.fi/uimahalli\\n\\n-Jussi / liikuntapalvelut #Suomussalmi", "platform": "facebook"}'
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f; p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d errors\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
echo "flat out, 1 thread, 2 connections, 10 s:"
"${pin[@]/0/1}" wrk -t1 -c2 -d10s -s "$work/post.lua" "http://127.0.0.1:$port/v1/check" | tail -1
echo "flat out, 1 thread, 8 connections, 10 s:"
"${pin[@]/0/1}" wrk -t1 -c8 -d10s -s "$work/post.lua" "http://127.0.0.1:$port/v1/check" | tail -1
