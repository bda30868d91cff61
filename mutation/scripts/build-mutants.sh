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
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../../native/scripts/cmake-build-against-sdk.sh" "the mutants" "$sdk" "$here/.." "$build_dir" RelWithDebInfo \
  -DETCTS_MUTANTS_OUTPUT_DIR="$out_dir"
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
