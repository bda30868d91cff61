#!/usr/bin/env bash
# Configures and builds the JNI library (libetcts_jni.so, on macOS libetcts_jni.dylib) with CMake against
# the build described by the properties file that provision-executorch.sh wrote, then records the build's
# identity next to the library: version, origin, and each linked ExecuTorch library with its SHA-256; and
# checks that the library names every ExecuTorch library of a wheel (load-commands.py --check-links).
#
# --on-failure record (the conformance command) turns a library that does not configure or compile
# against the build under test into a verdict instead of a stopped build: the library is left out of the
# jar and jni-build-failure.txt takes its place, saying why; the binding's loader reports it to every
# scenario that needs the runtime, and the report and the gate are written as for any failing build.
set -euo pipefail

sdk="" build_dir="" output_dir="" java_home="" source_dir="" on_failure=fail
while [ $# -gt 0 ]; do
  case "$1" in
    --sdk-properties) sdk="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    --classes-dir) output_dir="$2"; shift 2 ;;
    --java-home) java_home="$2"; shift 2 ;;
    --source-dir) source_dir="$2"; shift 2 ;;
    --on-failure) on_failure="$2"; shift 2 ;;
    *) echo "build-jni: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

case "$on_failure" in fail|record) ;; *) echo "[etcts] build-jni: --on-failure must be 'fail' or 'record', not '$on_failure'" >&2; exit 2 ;; esac
prop() { sed -n "s/^$1=//p" "$sdk" | head -n1; }
[ -f "$sdk" ] || { echo "[etcts] build-jni: $sdk is missing; the provisioning step did not run" >&2; exit 1; }

# The library goes where NativeLibrary looks for it in the jar: org/etcts/executorch/native/<platform>/,
# the platform the build under test is for (the host's unless -Detcts.platform names another).
os="$(uname -s | tr '[:upper:]' '[:lower:]')"; [ "$os" = darwin ] && os=macos
arch="$(uname -m)"; [ "$arch" = arm64 ] && arch=aarch64
platform="$(prop executorch.platform)"
platform="${platform:-$os-$arch}"
output_dir="$output_dir/org/etcts/executorch/native/$platform"
# The file name the JVM's System.mapLibraryName gives the library on the platform.
case "$platform" in macos-*) library_name=libetcts_jni.dylib ;; *) library_name=libetcts_jni.so ;; esac
cross=()
if [ "$platform" != "$os-$arch" ]; then
  toolchain="$(cd "$source_dir" && pwd)/cmake/toolchains/$platform.cmake"
  [ -f "$toolchain" ] || { echo "[etcts] build-jni: cannot build for $platform on $os-$arch: there is no CMake toolchain file $toolchain. Fix: build on a $platform machine, or add that toolchain file." >&2; exit 1; }
  cross=(-DCMAKE_TOOLCHAIN_FILE="$toolchain" -DETCTS_CROSS_TOOLS="$(prop cross.tools)")
  # A build tree of its own, so switching between the host's platform and this one rebuilds neither.
  build_dir="$build_dir-$platform"
  echo "[etcts] build-jni: cross-compiling for $platform with $(basename "$toolchain")"
fi

cmake_command="$(prop cmake.command)"
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
# A JDK's java.home is the JDK itself from Java 9 on; tolerate a jre/ subfolder from older layouts.
[ -f "$java_home/include/jni.h" ] || java_home="$(dirname "$java_home")"

components_file="$build_dir/linked-components.properties"
# Reconfigure from scratch when the build under test changed, so no cached path outlives it.
stamp="$build_dir/etcts-sdk.properties"
if [ -f "$stamp" ] && ! cmp -s "$stamp" "$sdk"; then rm -rf "$build_dir"; fi
mkdir -p "$build_dir"

# A library that cannot be built: stop the build (the test command), or record why in the jar (--on-failure
# record) so that the conformance run judges this build, with no library from an earlier build left behind.
failure_file="$output_dir/jni-build-failure.txt"
build_failed() {
  local phase="$1" log="$2"
  [ "$phase" = compile ] || cat "$log" >&2
  if [ "$on_failure" = fail ]; then
    echo "[etcts] build-jni: CMake could not $phase the JNI library (log above, also in $log)" >&2
    exit 1
  fi
  rm -rf "$output_dir"
  mkdir -p "$output_dir"
  {
    echo "the JNI library did not $phase against the ExecuTorch build under test ($(prop executorch.source)," \
      "version $(prop executorch.build.version)): CMake's $phase step failed. Its first errors:"
    grep -E "error|Error" "$log" | grep -v "^--" | head -n 12 || true
    echo "The whole log is $log. Fix: the binding needs an API this build does not offer (or offers in" \
      "another form); adapt native/src to it, or add a configure-time probe (native/cmake/ExecuTorchApiProbes.cmake)."
  } >"$failure_file"
  sed -n '/^executorch\./p' "$sdk" >"$output_dir/build-info.properties"
  echo "jni.build=failed" >>"$output_dir/build-info.properties"
  echo "[etcts] build-jni: the JNI library did not $phase against this build; recorded in $failure_file," \
    "the conformance run goes on and reports it" >&2
  exit 0
}
rm -f "$failure_file"

"$cmake_command" -S "$source_dir" -B "$build_dir" "${generator[@]}" "${cross[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DETCTS_EXECUTORCH_PREFIX="$(prop executorch.prefix)" \
  -DETCTS_EXECUTORCH_LAYOUT="$(prop executorch.layout)" \
  -DETCTS_EXECUTORCH_CONFIG_DIR="$(prop executorch.config.dir)" \
  -DETCTS_EXECUTORCH_VERSION="$(prop executorch.build.version)" \
  -DETCTS_JAVA_HOME="$java_home" \
  -DETCTS_OUTPUT_DIR="$output_dir" \
  -DETCTS_COMPONENTS_FILE="$components_file" >"$build_dir/configure.log" 2>&1 || build_failed configure "$build_dir/configure.log"
grep -E "etcts:|ExecuTorch runtime found" "$build_dir/configure.log" || true
"$cmake_command" --build "$build_dir" --parallel 2 2>&1 | tee "$build_dir/build.log" || build_failed compile "$build_dir/build.log"
cp "$sdk" "$stamp"

# Moves a freshly written file over its target unless the target already holds the same bytes.
replace_if_changed() {
  if cmp -s "$1" "$2"; then rm -f "$1"; else mv -f "$1" "$2"; fi
}

# SHA-256 of a file, with coreutils (Linux) or the shasum macOS ships.
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}
load_commands="$source_dir/scripts/load-commands.py"

# Records one library's identity next to it: the build under test, what the library's dynamic section
# needs, and each linked component with its file and SHA-256.
write_build_info() {
  local library="$1" components_file="$2" variant="$3"
  local info
  info="$(dirname "$library")/build-info.properties"
  {
    echo "# Identity of the ExecuTorch build $(basename "$library") was linked against (written by build-jni.sh)"
    sed -n '/^executorch\./p' "$sdk"
    echo "jni.variant=$variant"
    echo "jni.library.sha256=$(sha256 "$library")"
    # What the library asks of the dynamic loader (ELF DT_NEEDED / Mach-O LC_LOAD_DYLIB, runtime paths).
    python3 "$load_commands" "$library" | sed 's/^/jni./'
    local components="" name path
    while IFS='=' read -r name path; do
      case "$name" in ''|'#'*) continue ;; esac
      [ -f "$path" ] && path="$(realpath "$path")"
      components="$components${components:+,}$name"
      echo "component.$name.library=$path"
      if [ -f "$path" ]; then echo "component.$name.sha256=$(sha256 "$path")"; fi
    done <"$components_file"
    echo "components=$components"
    if [ -f "$components_file.targets" ]; then
      while IFS='=' read -r name targets; do
        case "$name" in ''|'#'*) continue ;; esac
        echo "component.$name.targets=$targets"
      done <"$components_file.targets"
    fi
    # Which forms of the C++ API the headers offer (the configure-time probes), and how the runtime
    # linked in was configured, found in the binary that holds its code: the JNI library itself when
    # the runtime is a static archive, else the runtime's shared library.
    sed -n '/^api\./p' "$build_dir/executorch-api.properties"
    local runtime_library runtime_binary
    runtime_library="$(sed -n 's/^runtime=//p' "$components_file" | head -n1)"
    case "$runtime_library" in
      *.so|*.so.*|*.dylib) echo "runtime.linkage=shared"; runtime_binary="$runtime_library" ;;
      *) echo "runtime.linkage=static"; runtime_binary="$library" ;;
    esac
    bash "$source_dir/scripts/probe-build-config.sh" "$runtime_binary"
  } >"$build_dir/build-info-$variant.properties.new"
  # Replaced only when its content changed: a rewritten file would make the native jar, and every module
  # compiled against it, look changed to Maven on a build where nothing changed.
  replace_if_changed "$build_dir/build-info-$variant.properties.new" "$info"
  echo "[etcts] built $variant $library_name for $platform; linked: $(sed -n 's/^components=//p' "$info");" \
    "$(sed -n 's/^runtime.linkage=/runtime linked /p' "$info"), logging $(sed -n 's/^config.logging=//p' "$info")," \
    "verification $(sed -n 's/^config.verification=//p' "$info"), make_tensor_ptr $(sed -n 's/^api.make_tensor_ptr=//p' "$info")"
}

# What the identities and the link check below are made of: the build under test, these scripts, and each
# library and linked component (path, size, modification time). When none of it changed since the last
# build, neither did their results, and the hashing and probing of every library is skipped.
inputs_stamp="$build_dir/build-info.inputs"
# A file's path, size and modification time, with GNU stat (Linux) or BSD stat (macOS).
file_stamp() { stat -L -c '%n %s %Y' "$1" 2>/dev/null || stat -L -f '%N %z %m' "$1"; }
build_info_inputs() {
  cat "$sdk" "$build_dir/executorch-api.properties" "$0" "$load_commands" "$source_dir/scripts/probe-build-config.sh"
  local file name path
  for file in "$components_file" "$components_file.targets" "$build_dir"/components-*.properties; do
    [ -f "$file" ] || continue
    cat "$file"
    while IFS='=' read -r name path; do
      case "$name" in ''|'#'*) continue ;; esac
      if [ -f "$path" ]; then file_stamp "$path"; fi
    done <"$file"
  done
  for file in "$output_dir/$library_name" "$output_dir"/variants/*/"$library_name" "$output_dir/build-info.properties" \
      "$output_dir"/variants/*/build-info.properties; do
    if [ -f "$file" ]; then file_stamp "$file"; fi
  done
}
if [ -f "$inputs_stamp" ] && build_info_inputs | cmp -s - "$inputs_stamp"; then
  echo "[etcts] $library_name and its variants unchanged since the last build: build-info.properties kept"
  exit 0
fi

write_build_info "$output_dir/$library_name" "$components_file" full
for variant_dir in "$output_dir"/variants/*/; do
  [ -f "$variant_dir/$library_name" ] || continue
  variant="$(basename "$variant_dir")"
  write_build_info "$variant_dir/$library_name" "$build_dir/components-$variant.properties" "$variant"
done

# A wheel's lib/ holds exactly the shared libraries the build ships: the full library must name each of
# them, or a kernel set or backend would silently not register. (A prefix's libraries are usually static
# archives linked into the JNI library itself: its build-info lists them.)
if [ "$(prop executorch.layout)" = wheel ]; then
  python3 "$load_commands" --check-links "$(prop executorch.prefix)/lib" "$output_dir/$library_name"
fi
build_info_inputs >"$inputs_stamp"
