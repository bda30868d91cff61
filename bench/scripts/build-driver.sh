#!/usr/bin/env bash
# Builds the benchmark's C++ driver (<build-dir>/etcts_bench_driver) against the ExecuTorch build described
# by the properties file native/scripts/provision-executorch.sh wrote, with the CMake it chose, linked with
# the same components as the JNI library.
set -euo pipefail

sdk="" build_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sdk-properties) sdk="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    *) echo "build-driver: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -f "$sdk" ] || { echo "[etcts] build-driver: $sdk is missing: build the native module first (./mvnw -B -o -Pbench verify -pl bench -am builds it)" >&2; exit 1; }
prop() { sed -n "s/^$1=//p" "$sdk" | head -n1; }

source_dir="$(cd "$(dirname "$0")/.." && pwd)"
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
mkdir -p "$build_dir"
# Release, as the wheel's own libraries are built: the driver's loop must not be slower than a user's.
"$(prop cmake.command)" -S "$source_dir" -B "$build_dir" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DETCTS_EXECUTORCH_PREFIX="$(prop executorch.prefix)" \
  -DETCTS_EXECUTORCH_LAYOUT="$(prop executorch.layout)" \
  -DETCTS_EXECUTORCH_CONFIG_DIR="$(prop executorch.config.dir)" >"$build_dir/configure.log" 2>&1 || {
    cat "$build_dir/configure.log" >&2
    echo "[etcts] build-driver: CMake could not configure the benchmark driver (log above)" >&2
    exit 1
  }
"$(prop cmake.command)" --build "$build_dir" --parallel 2
