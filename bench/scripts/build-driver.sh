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
here="$(cd "$(dirname "$0")" && pwd)"
# Release, as the wheel's own libraries are built: the driver's loop must not be slower than a user's.
bash "$here/../../native/scripts/cmake-build-against-sdk.sh" "the benchmark driver" "$sdk" "$here/.." "$build_dir" Release
