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
#   ./dev bench lighthouse Lighthouse 12 mobile preset (median of RUNS, default 5): the seeds'
#                          LCP and TTI against the bare Leptos page, both served with brotli
#   ./dev bench archive    a story of ARCHIVE_ARTICLES (default 10000) baked in shards against the
#                          same story in one bundle: first-view bytes and first list (slow)
#   ./dev bench all        everything above but scale, lighthouse and archive
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
  CHRONOCARTE_STORY="$corpus" "$ROOT/scripts/trunk-release.sh" --dist "$out" >&2
  echo "$out"
}

dist_bare() { # the bare Leptos page of issue 15 (bench/bare), release build
  local out="$WORK/dist-bare"
  "$ROOT/scripts/trunk-release.sh" --config bench/bare/Trunk.toml --dist "$out" >&2
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
  local bare seeds; seeds=$(echo "$ds" | head -n1); bare=$(dist_bare)
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

# Brotli bytes (quality 11, as the budget test) of the files a first view loads: every file
# of DIR but the archive's shards and the embed-only page; then the shards' total.
first_view_bytes() {
  node -e '
    const fs = require("fs"), path = require("path"), zlib = require("zlib");
    const dir = process.argv[1];
    const br = (f) => zlib.brotliCompressSync(fs.readFileSync(path.join(dir, f)),
      { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const files = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
    const shards = files.filter((f) => /^events-.*\.bin$/.test(f));
    const first = files.filter((f) => !shards.includes(f) && !f.startsWith("embed."));
    const sum = (fs_) => fs_.reduce((a, f) => a + br(f), 0);
    console.log(`first view: ${sum(first)} bytes brotli (${first.join(", ")}); ` +
      `${shards.length} shards: ${sum(shards)} bytes brotli`);
  ' "$1"
}

# Issue 15: a large story baked in shards (story.toml's default `shard_above`) against the same
# story in one bundle, built the same way: bytes of the first view and first list.
bench_archive() {
  local n=${ARCHIVE_ARTICLES:-10000} c single d
  c=$(synth "$n")
  single="$WORK/corpus-$n-single"
  if [ ! -f "$single/.done" ]; then
    rm -rf "$single" && cp -r "$c" "$single"
    printf '\n[archive]\nshard_above = 1000000000\n' >>"$single/story.toml"
    touch "$single/.done"
  fi
  for kind in archive single; do
    if [ "$kind" = archive ]; then d=$(dist_for "archive-$n" "$c"); else d=$(dist_for "single-$n" "$single"); fi
    echo "== $n articles, $kind: $(first_view_bytes "$d")"
    CHRONOCARTE_DIST="$d" RUNS="${RUNS:-7}" cargo test -q -p chronocarte-e2e --test perf browser_timings -- --ignored --nocapture 2>&1 | grep -E '^MEDIAN'
    if [ "$kind" = archive ]; then
      CHRONOCARTE_DIST="$d" RUNS="${RUNS:-7}" cargo test -q -p chronocarte-e2e --test perf archive_load_everything -- --ignored --nocapture 2>&1 | grep -E '^MEDIAN'
    fi
  done
}

# Issue 15: Lighthouse's mobile preset (simulated slow 4G, 4x CPU slowdown) on the seed
# widget and on the bare Leptos page, both served with brotli by bench/serve_br.js, in
# alternating runs. Lighthouse is pinned and installed on demand outside the clone (not in
# package.json: CI never needs it); the JSON reports stay in $WORK/lighthouse.
LIGHTHOUSE_VERSION=12.8.2
CHROMIUM_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

lighthouse_bin() { # installs Lighthouse $LIGHTHOUSE_VERSION once per machine, prints its path
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/chronocarte/lighthouse"
  if [ "$(node -p "require('$dir/node_modules/lighthouse/package.json').version" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
    echo "==> npm install lighthouse@$LIGHTHOUSE_VERSION into $dir" >&2
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
  fi
  echo "$dir/node_modules/.bin/lighthouse"
}

serve_br() { # serve_br OUT NAME=DIR... -> starts bench/serve_br.js, sets SERVER_PID and BASE_URL
  local out=$1; shift
  node bench/serve_br.js "$@" >"$out/server.url" 2>"$out/server.log" &
  SERVER_PID=$!
  trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
  local i
  for i in $(seq 100); do
    BASE_URL=$(head -n1 "$out/server.url")
    [ -n "$BASE_URL" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.2
  done
  echo "error: bench/serve_br.js did not start after $i tries: $(cat "$out/server.log")" >&2
  exit 1
}

lh_run() { # lh_run LIGHTHOUSE URL JSON -> one mobile-preset performance run
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "$1" "$2" --quiet \
    --only-categories=performance --output=json --output-path="$3" --chrome-flags="$CHROMIUM_FLAGS" \
    --throttling-method="${LH_THROTTLING:-simulate}"
}

lh_figures() { # lh_figures JSON -> "LCP_MS TTI_MS SCORE"
  node -e 'const r = require(process.argv[1]), a = r.audits;
    if (r.runtimeError) { console.error(r.runtimeError.message); process.exit(1); }
    console.log(Math.round(a["largest-contentful-paint"].numericValue),
      Math.round(a.interactive.numericValue), Math.round(100 * r.categories.performance.score));' "$1"
}

lh_facts() { # lh_facts JSON -> the LCP element, its phases and the audits that score under 1
  # shellcheck disable=SC2016 # ${…} below are JavaScript template literals
  node -e 'const a = require(process.argv[1]).audits;
    const [el, phases] = a["largest-contentful-paint-element"].details.items;
    const n = el.items[0].node;
    console.log(`LCP element: ${n.selector} "${n.nodeLabel}"`);
    console.log("LCP phases: " + phases.items.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(", "));
    for (const [id, x] of Object.entries(a))
      if (x.score !== null && x.score < 1) console.log(`below 1: ${id} (${x.score}) ${x.displayValue || ""}`);
    for (const id of ["mainthread-work-breakdown", "bootup-time", "total-byte-weight", "long-tasks", "critical-request-chains"])
      console.log(`${id}: ${a[id].displayValue || ""}`);' "$1"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

lh_medians() { # lh_medians NAME TSV -> one MEDIAN line; TSV columns: lcp tti score
  echo "MEDIAN $1 lcp $(cut -f1 "$2" | median) ms tti $(cut -f2 "$2" | median) ms score $(cut -f3 "$2" | median)"
}

bench_lighthouse() {
  local lh seeds bare out="$WORK/lighthouse" runs="${RUNS:-5}" i name json
  [ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || { echo "error: no Chromium at ${CHROME_PATH:-/usr/bin/chromium} (apt-get install chromium, or set CHROME_PATH)" >&2; exit 1; }
  lh=$(lighthouse_bin)
  seeds=$(dist_for seeds "$ROOT/stories/armenia-azerbaijan"); bare=$(dist_bare)
  rm -rf "$out" && mkdir -p "$out"
  serve_br "$out" "seeds=$seeds" "bare=$bare"
  echo "== Lighthouse $("$lh" --version), mobile preset, throttling ${LH_THROTTLING:-simulate}, $runs alternating runs: ${BASE_URL}seeds/ and ${BASE_URL}bare/"
  for i in $(seq "$runs"); do
    for name in seeds bare; do
      json="$out/$name-$i.json"
      lh_run "$lh" "$BASE_URL$name/" "$json"
      lh_figures "$json" | tr ' ' '\t' >>"$out/$name.tsv"
      echo "LIGHTHOUSE $name run $i $(tail -n1 "$out/$name.tsv" | awk '{ printf "lcp %d ms tti %d ms score %d", $1, $2, $3 }')"
    done
  done
  kill "$SERVER_PID"
  lh_medians seeds "$out/seeds.tsv"; lh_medians bare "$out/bare.tsv"
  paste <(cut -f1 "$out/seeds.tsv" | median) <(cut -f1 "$out/bare.tsv" | median) \
    | awk '{ printf "RATIO lcp %.2f (goal <= 1.6)\n", $1 / $2 }'
  echo "== the widget's last run ($out/seeds-$runs.json)"
  lh_facts "$out/seeds-$runs.json"
}

case "${1:-all}" in
  extract) bench_extract ;;
  filter) bench_filter ;;
  bake) bench_bake ;;
  size) bench_size ;;
  browser) bench_browser ;;
  scale) bench_scale ;;
  lighthouse) bench_lighthouse ;;
  archive) bench_archive ;;
  all) bench_extract; bench_bake; bench_filter; bench_size; bench_browser ;;
  *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
