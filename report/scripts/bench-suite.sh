#!/usr/bin/env bash
# The suite's own speed, measured: runs a warm, offline command several times and writes the wall times
# (median, min, max), the CPU time, the machine's load before each run, the JVMs each run started, and
# whether a run with nothing changed compiled anything or rewrote a jar, and each module's wall time, to
# reports/suite-bench.md and .json. The .md's tables are rewritten; its narrative (from the first "## "
# heading on) is kept.
#
#   report/scripts/bench-suite.sh [--runs N] [--warmup N] [--conformance] [--out DIR]
#
# --runs N         measured runs (default 5)
# --warmup N       unmeasured runs before them (default 1; 0 when the tree is already built by this command)
# --conformance    measure the conformance command (-Pconformance) instead of the test command
# --out DIR        where suite-bench.md and .json go (default reports/; the conformance command's figures go
#                  to suite-bench-conformance.md and .json)
#
# Every JVM the suite starts (worker, shared and isolated child JVMs, the mlock child, Surefire's forks of
# the harness and steps modules) is started through a counting launcher (-Detcts.jvm.launcher and
# -Detcts.jvm), which records its main class. Run it on an idle machine: the load average is recorded with
# every run because a loaded machine stretches every figure. It is a measurement, not a test: it never fails
# on a time.
set -euo pipefail

runs=5 warmup=1 profile="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --conformance) profile="-Pconformance"; shift ;;
    --out) out="$2"; shift 2 ;;
    *) echo "bench-suite: unknown argument '$1' (use --runs N, --conformance, --out DIR)" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench-suite: --runs needs a positive whole number, not '$runs'" >&2; exit 2; }
[[ "$warmup" =~ ^[0-9]+$ ]] || { echo "bench-suite: --warmup needs a whole number, not '$warmup'" >&2; exit 2; }

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${out:-$root/reports}"
name="suite-bench${profile:+-conformance}"
work="$root/report/target/suite-bench"
mkdir -p "$work/bin" "$out"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

# The counting launcher: one line per JVM start, naming what it runs, then the real java.
cat >"$work/bin/java" <<EOF
#!/bin/sh
what=\$(printf '%s\n' "\$@" | grep -E '^org\.etcts\.|^--serve\$|surefirebooter' | head -n 2 | sed 's/.*surefirebooter.*/surefire-fork/' | tr '\n' ' ')
printf '%s\n' "\$what" >>"$work/launches.log"
exec "$java_home/bin/java" "\$@"
EOF
chmod +x "$work/bin/java"

command=(./mvnw -B -o $profile verify -Detcts.jvm.launcher="$work/bin/java" -Detcts.jvm="$work/bin/java")
cd "$root"

# One run: wall seconds, CPU seconds, load before, JVM launches, and what Maven rebuilt.
measure() {
  local log="$1" load start end cpu
  : >"$work/launches.log"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start="$(date +%s.%N)"
  local rc=0
  /usr/bin/env time -f "%U %S" -o "$work/cpu" "${command[@]}" >"$log" 2>&1 || rc=$?
  end="$(date +%s.%N)"
  cpu="$(awk '{printf "%.1f", $1 + $2}' "$work/cpu")"
  local wall; wall="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"
  local jvms; jvms="$(wc -l <"$work/launches.log" | tr -d ' ')"
  local forks; forks="$(grep -c '^surefire-fork' "$work/launches.log" || true)"
  local rebuilt; rebuilt="$(grep -cE 'Compiling [0-9]+ source|Building jar|Changes detected|Recompiling the module' "$log" || true)"
  local gate; gate="$(grep -oE 'GATE (PASSED|FAILED)' "$log" | tail -n1 || true)"
  echo "$wall $cpu $load $jvms $forks $rebuilt $rc ${gate:-none}"
}

for i in $(seq 1 "$warmup"); do
  echo "[etcts] bench-suite: warm-up run $i of ${command[*]}"
  measure "$work/warmup-$i.log" >/dev/null
done
results=()
for i in $(seq 1 "$runs"); do
  line="$(measure "$work/run-$i.log")"
  results+=("$line")
  cp "$work/launches.log" "$work/launches-$i.log"
  echo "[etcts] bench-suite: run $i: $line (wall s, cpu s, load, JVMs, of which Surefire forks, rebuild lines, exit, gate)"
done

printf '%s\n' "${results[@]}" >"$work/results.txt"
# The command as a user types it: paths inside the repository, relative to it.
python3 - "$work" "$out" "$name" "$runs" "${command[*]//$root\//}" <<'PY'
import json, statistics, sys, collections, platform, os, datetime
work, out, name, runs, command = sys.argv[1:6]
rows = [l.split() for l in open(f"{work}/results.txt").read().splitlines() if l.strip()]
wall = [float(r[0]) for r in rows]; cpu = [float(r[1]) for r in rows]; load = [float(r[2]) for r in rows]
jvms = [int(r[3]) for r in rows]; forks = [int(r[4]) for r in rows]; rebuilt = [int(r[5]) for r in rows]
exits = [int(r[6]) for r in rows]; gates = [r[7] for r in rows]
kinds = collections.Counter(l.strip() for l in open(f"{work}/launches-{len(rows)}.log") if l.strip())
# Each module's time from Maven's reactor summary ("etcts steps ..... SUCCESS [ 25.6 s]" or "[01:11 min]").
import re
modules = collections.defaultdict(list)
for i in range(1, len(rows) + 1):
    for line in open(f"{work}/run-{i}.log", errors="replace"):
        m = re.search(r"\] (etcts[\w ]*?) \.+ \w+ \[\s*(?:(\d+):)?([\d.]+) (s|min)\]", line)
        if m:
            seconds = float(m.group(3)) if m.group(4) == "s" else int(m.group(2)) * 60 + float(m.group(3))
            modules[m.group(1)].append(seconds)
def stats(v): return {"median": statistics.median(v), "min": min(v), "max": max(v)}
summary = {"command": command, "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "runs": len(rows), "cores": os.cpu_count(), "wallSeconds": stats(wall), "cpuSeconds": stats(cpu),
           "load1Before": stats(load), "jvmLaunches": stats(jvms), "surefireForks": stats(forks), "rebuildLines": rebuilt,
           "exitCodes": exits, "gate": gates, "launchesOfLastRun": dict(kinds),
           "moduleSeconds": {name: stats(v) for name, v in modules.items()},
           "rows": [dict(zip(["wall", "cpu", "load1", "jvms", "surefireForks", "rebuildLines", "exit", "gate"], r)) for r in rows]}
json.dump(summary, open(f"{out}/{name}.json", "w"), indent=2)
md = [f"# Suite speed: `{command}`", "",
      f"{len(rows)} warm runs, on {os.cpu_count()} cores. Load is the 1-minute load average before each run;"
      " a loaded machine stretches every time, so compare runs at the same load.", "",
      "| | median | min | max |", "|---|---|---|---|",
      f"| wall time (s) | {statistics.median(wall):.1f} | {min(wall):.1f} | {max(wall):.1f} |",
      f"| CPU time, user+sys (s) | {statistics.median(cpu):.1f} | {min(cpu):.1f} | {max(cpu):.1f} |",
      f"| load before the run | {statistics.median(load):.2f} | {min(load):.2f} | {max(load):.2f} |",
      f"| JVMs started | {statistics.median(jvms):g} | {min(jvms)} | {max(jvms)} |",
      f"| of which Surefire forks | {statistics.median(forks):g} | {min(forks)} | {max(forks)} |", "",
      f"Lines of Maven's log saying it compiled, detected changes or built a jar, per run (0: a no-op rebuild): {rebuilt}.",
      f"Exit codes: {exits}; gate: {gates}.", "", "JVMs the last run started, by what they run:", "",
      "| JVMs | main class and task |", "|---|---|"]
md += [f"| {n} | `{k}` |" for k, n in kinds.most_common()]
md += ["", "(Modules whose tests need no build under test, results/ and report/, fork Surefire on Maven's own java, which"
       " the launcher does not count.)", "", "Wall time of each module, from Maven's reactor summary:", "",
       "| module | median (s) | min | max |", "|---|---|---|---|"]
md += [f"| {name} | {statistics.median(v):.1f} | {min(v):.1f} | {max(v):.1f} |" for name, v in modules.items()]
md += ["", "| run | wall (s) | CPU (s) | load | JVMs | rebuild lines | exit |", "|---|---|---|---|---|---|---|"]
md += [f"| {i + 1} | {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[5]} | {r[6]} |" for i, r in enumerate(rows)]
# The narrative below the tables (from the first "## " heading on) is written by people: kept as it is.
narrative = ""
if os.path.exists(f"{out}/{name}.md"):
    previous = open(f"{out}/{name}.md").read()
    at = previous.find("\n## ")
    narrative = previous[at:] if at >= 0 else ""
open(f"{out}/{name}.md", "w").write("\n".join(md) + "\n" + narrative)
print(f"[etcts] bench-suite: median {statistics.median(wall):.1f} s (min {min(wall):.1f}, max {max(wall):.1f}), "
      f"{statistics.median(jvms):g} JVMs, load {min(load):.2f}..{max(load):.2f}; written to {out}/{name}.md")
PY
