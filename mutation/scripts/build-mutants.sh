#!/usr/bin/env bash
# Builds the runtime mutants (mutants/<id>.cpp -> <out>/<id>.so) against the ExecuTorch build described
# by the properties file native/scripts/provision-executorch.sh wrote, with the CMake it chose.
set -euo pipefail

sdk="" build_dir="" out_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sdk-properties) sdk="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    --out) out_dir="$2"; shift 2 ;;
    *) echo "build-mutants: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -f "$sdk" ] || { echo "[etcts] build-mutants: $sdk is missing: build the native module first (./mvnw -B -Pmutation verify builds it)" >&2; exit 1; }
prop() { sed -n "s/^$1=//p" "$sdk" | head -n1; }

source_dir="$(cd "$(dirname "$0")/.." && pwd)"
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
mkdir -p "$build_dir"
"$(prop cmake.command)" -S "$source_dir" -B "$build_dir" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DETCTS_EXECUTORCH_PREFIX="$(prop executorch.prefix)" \
  -DETCTS_EXECUTORCH_LAYOUT="$(prop executorch.layout)" \
  -DETCTS_EXECUTORCH_CONFIG_DIR="$(prop executorch.config.dir)" \
  -DETCTS_MUTANTS_OUTPUT_DIR="$out_dir" >"$build_dir/configure.log" 2>&1 || {
    cat "$build_dir/configure.log" >&2
    echo "[etcts] build-mutants: CMake could not configure the mutants (log above)" >&2
    exit 1
  }
"$(prop cmake.command)" --build "$build_dir" --parallel 2
# A mutant may need nothing of the runtime at link time: it would fail to load, or load the runtime,
# into every process it is preloaded into.
for library in "$out_dir"/*.so; do
  if nm -D --undefined-only "$library" | grep -q 'executorch'; then
    echo "[etcts] build-mutants: $(basename "$library") needs runtime symbols at load time:" >&2
    nm -D --undefined-only "$library" | grep executorch | c++filt >&2
    exit 1
  fi
done
echo "[etcts] built $(ls "$out_dir"/*.so | wc -l) runtime mutants into $out_dir"
