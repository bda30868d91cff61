#!/usr/bin/env bash
# Benchmark: a loop that loads and executes a program and never closes anything, with the binding's
# native budget on (the default) and off (the figures before it existed). Each configuration runs
# RUNS times in a fresh JVM; prints every run, then the median and the spread (min-max) of the peak
# resident memory, the open file handles at the end and the time.
#
#   harness/bench/unclosed-loop.sh mobilenet [CYCLES=500] [RUNS=3]          (portable kernels: ~1.3 s a cycle)
#   harness/bench/unclosed-loop.sh mobilenet-xnnpack [CYCLES=500] [RUNS=3]  (XNNPACK: ~0.2 s a cycle)
#   harness/bench/unclosed-loop.sh add [CYCLES=200000] [RUNS=3]
#
# OFF_CYCLES=N runs the budget-off configuration for fewer cycles: without the budget MobileNet grows by
# about 16 MB a cycle, so 500 cycles would take 8 GB from a shared machine.
#
# Build first: ./mvnw -B -o -q -pl native,harness -am test-compile
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
case "${1:-}" in
  mobilenet) program="$root/fixtures/models/mobilenet_v3_small.pte"; shapes=(1,3,224,224); cycles="${2:-500}" ;;
  mobilenet-xnnpack) program="$root/fixtures/models/mobilenet_v3_small_xnnpack.pte"; shapes=(1,3,224,224); cycles="${2:-500}" ;;
  add) program="$root/fixtures/models/add.pte"; shapes=(1 1); cycles="${2:-200000}" ;;
  *) echo "usage: $0 mobilenet|mobilenet-xnnpack|add [CYCLES] [RUNS]" >&2; exit 2 ;;
esac
runs="${3:-3}"
err="$(mktemp)"
trap 'rm -f "$err"' EXIT
classpath="$root/harness/target/classes:$root/harness/target/test-classes:$root/native/target/classes"
[ -d "$root/harness/target/test-classes/org/etcts/executorch/bench" ] ||
  { echo "not built: run ./mvnw -B -o -q -pl native,harness -am test-compile first" >&2; exit 2; }

summary() {  # label, then lines "cycles=.. peak_rss_mb=.. end_rss_mb=.. open_fds=.. seconds=.."
  python3 - "$@" <<'PY'
import statistics, sys
label, lines = sys.argv[1], sys.argv[2:]
rows = [dict(kv.split("=") for kv in line.split()) for line in lines]
def fig(key):
    values = sorted(float(r[key]) for r in rows)
    return f"{key} median {statistics.median(values):g} (min {values[0]:g}, max {values[-1]:g})"
print(f"{label}: {len(rows)} runs: " + "; ".join(fig(k) for k in ("peak_rss_mb", "open_fds", "seconds")))
PY
}

for budget in on off; do
  flags=()
  n="$cycles"
  if [ "$budget" = off ]; then
    flags=(-Detcts.executorch.nativeMemoryBudget=0 -Detcts.executorch.nativeHandleBudget=0)
    n="${OFF_CYCLES:-$cycles}"
  fi
  lines=()
  for run in $(seq 1 "$runs"); do
    line="$(java "${flags[@]}" -cp "$classpath" org.etcts.executorch.bench.UnclosedLoop "$program" "$n" "${shapes[@]}" 2>"$err" | tail -n 1)" ||
      line="failed: $(grep -m1 -E 'Exception|Error|Too many' "$err" | cut -c1-200)"
    echo "budget $budget, run $run: $line"
    case "$line" in cycles=*) lines+=("$line") ;; esac
  done
  [ "${#lines[@]}" -gt 0 ] && summary "budget $budget, $(basename "$program") x $n" "${lines[@]}"
done
