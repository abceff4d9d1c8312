#!/usr/bin/env bash
# Chronocarte's benchmarks, one command each (see BENCHMARKS.md for the figures):
#
#   ./dev bench extract    extraction throughput, MB/s on one core (criterion)
#   ./dev bench bake       bake time and baked bytes per event at 5, 1k and 10k articles
#   ./dev bench filter     native filter latency at 10k and 100k events (criterion)
#   ./dev bench size       wasm + JS + CSS + data bytes (raw, gzip, brotli), seeds and 1k articles
#   ./dev bench browser    headless Chromium timings (median of RUNS, default 7), seeds and 1k;
#                          then the seeds' first list against a bare Leptos page (bench/bare)
#   ./dev bench scale      first-list time at SCALE articles (default 3000 10000 20000 30000):
#                          the largest corpus that still loads in under a second (slow: builds each)
#   ./dev bench all        everything above but scale
#
# Synthetic corpora come from the deterministic generator:
#   cargo run --release -p chronocarte-corpus -- generate --articles N --out DIR --seed 1
set -euo pipefail
shopt -s inherit_errexit # a failed build inside $(…) stops the benchmark
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
WORK="${BENCH_DIR:-$ROOT/target/bench}"
mkdir -p "$WORK"

synth() { # synth N -> prints the corpus dir (generated once)
  local n=$1 dir="$WORK/corpus-$1"
  if [ ! -f "$dir/.done" ] || [ ! -f "$dir/story.toml" ]; then
    rm -rf "$dir"
    cargo run -q --release -p chronocarte-corpus -- generate --articles "$n" --out "$dir" --seed 1 >&2
    touch "$dir/.done"
  fi
  echo "$dir"
}

dist_for() { # dist_for NAME CORPUS_DIR -> builds the release widget on that corpus
  local name=$1 corpus=$2 out="$WORK/dist-$1"
  CHRONOCARTE_STORY="$corpus" trunk build --release --dist "$out" >&2
  echo "$out"
}

bench_extract() { cargo bench -p chronocarte-corpus --bench extract -- --noplot; }
bench_filter() { cargo bench -p chronocarte-model --bench filter -- --noplot; }
bench_bake() {
  for n in 5 1000 10000; do
    local dir; if [ "$n" = 5 ]; then dir="$ROOT/stories/armenia-azerbaijan"; else dir=$(synth "$n"); fi
    echo "== bake: $n articles ($dir)"
    cargo run -q --release -p chronocarte-corpus -- bake "$dir" --out "$WORK/bake-$n.bin" --stats
  done
}
dists() { # the seed and 1k-article release builds, one per line
  dist_for seeds "$ROOT/stories/armenia-azerbaijan"
  dist_for 1k "$(synth 1000)"
}
bench_size() {
  local d ds; ds=$(dists)
  for d in $ds; do
    echo "== bundle sizes: $d"
    CHRONOCARTE_DIST="$d" cargo test -q -p chronocarte-e2e --test budget -- --nocapture --ignored print_sizes_only 2>&1 | grep -v '^running\|^test result\|^$'
  done
}
bench_browser() {
  local d ds; ds=$(dists)
  for d in $ds; do
    echo "== browser timings: $d"
    CHRONOCARTE_DIST="$d" cargo test -q -p chronocarte-e2e --test perf browser_timings -- --ignored --nocapture 2>&1 | grep -E '^(PERF|MEDIAN)'
  done
  # Issue 15: the seeds' first list against a bare Leptos page (bench/bare), in one run.
  local bare="$WORK/dist-bare" seeds; seeds=$(echo "$ds" | head -n1)
  trunk build --release --config bench/bare/Trunk.toml --dist "$bare" >&2
  echo "== first list against the bare Leptos page: $seeds, $bare"
  CHRONOCARTE_DIST="$seeds" CHRONOCARTE_BARE_DIST="$bare" \
    cargo test -q -p chronocarte-e2e --test perf first_list_against_the_bare_page -- --ignored --nocapture 2>&1 | grep -E '^(PERF|MEDIAN)'
}

bench_scale() {
  local n d
  for n in ${SCALE:-3000 10000 20000 30000}; do
    local c; c=$(synth "$n"); d=$(dist_for "$n" "$c")
    echo "== $n articles: $(du -b "$d"/*_bg.wasm | cut -f1) bytes of wasm"
    CHRONOCARTE_DIST="$d" RUNS="${RUNS:-5}" cargo test -q -p chronocarte-e2e --test perf browser_timings -- --ignored --nocapture 2>&1 | grep -E '^MEDIAN'
  done
}

case "${1:-all}" in
  extract) bench_extract ;;
  filter) bench_filter ;;
  bake) bench_bake ;;
  size) bench_size ;;
  browser) bench_browser ;;
  scale) bench_scale ;;
  all) bench_extract; bench_bake; bench_filter; bench_size; bench_browser ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
