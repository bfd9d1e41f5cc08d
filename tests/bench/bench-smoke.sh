#!/bin/sh
# bench-smoke: the generator at a tiny scale and each benchmark once, so that
# the benchmark programs keep working; no timing is asserted.
set -eu
dir=$(mktemp -d "${TMPDIR:-/tmp}/polku-bench-smoke-XXXXXX")
trap 'rm -rf "$dir"' EXIT

"$POLKU_BENCH_GENERATE" --database "$dir/large.db" --scale 0.002
for what in search import pdf startup review; do
  "$POLKU_BENCH" --runs 1 --database "$dir/large.db" --polku "$POLKU_EXE" "$what" > "$dir/out" || {
    cat "$dir/out"; echo "bench-smoke: $what failed" >&2; exit 1; }
  cat "$dir/out"
  grep -q "^RESULT \|^SKIP " "$dir/out" || { echo "bench-smoke: $what printed no result" >&2; exit 1; }
done
