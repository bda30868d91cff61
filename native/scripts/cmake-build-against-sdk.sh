#!/usr/bin/env bash
# Configures and builds a CMake project of the suite's own (the mutants, the benchmark's C++ driver) against
# the ExecuTorch build described by the properties file provision-executorch.sh wrote, with the CMake it chose:
#   cmake-build-against-sdk.sh <what> <sdk properties> <source dir> <build dir> <build type> [-D... ...]
# <what> names the project in messages. The JNI library has its own script (build-jni.sh): it also records
# the build's identity and may record a failure instead of stopping.
set -euo pipefail

what="$1" sdk="$2" source_dir="$3" build_dir="$4" build_type="$5"
shift 5
prop() { sed -n "s/^$1=//p" "$sdk" | head -n1; }

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
mkdir -p "$build_dir"
"$(prop cmake.command)" -S "$source_dir" -B "$build_dir" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE="$build_type" \
  -DETCTS_EXECUTORCH_PREFIX="$(prop executorch.prefix)" \
  -DETCTS_EXECUTORCH_LAYOUT="$(prop executorch.layout)" \
  -DETCTS_EXECUTORCH_CONFIG_DIR="$(prop executorch.config.dir)" "$@" >"$build_dir/configure.log" 2>&1 || {
    cat "$build_dir/configure.log" >&2
    echo "[etcts] CMake could not configure $what (log above)" >&2
    exit 1
  }
"$(prop cmake.command)" --build "$build_dir" --parallel 2
