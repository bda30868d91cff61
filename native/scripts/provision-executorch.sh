#!/usr/bin/env bash
# Provisions the ExecuTorch build under test and describes it for the CMake build.
#
# Two sources:
#   --version V   the official wheel executorch==V from PyPI, installed with --no-deps into the cache
#                 (default; the wheel's C++ SDK lives in <site>/executorch/{lib,include,share})
#   --home DIR    an existing build: a wheel-style package root or the install prefix of a source build
#   --platform P  the platform the build is for (linux-x86_64, linux-aarch64, macos-aarch64); default and
#                 when P is the host's: the host's wheel. Another platform's wheel is fetched with
#                 pip --platform <its wheel tag> --only-binary=:all: into a folder of its own.
#
# It also makes sure a CMake new enough for the wheel's imported targets (3.28) is at hand, taking one
# from PyPI into the same cache when the machine's is older, and, for macOS built on another host, the
# Zig toolchain from PyPI that cross-compiles the JNI library (cmake/toolchains/macos-aarch64.cmake).
#
# Output: a properties file (--out) that native/scripts/build-jni.sh and the harness read.
# Every failure names the cause and the fix, and exits non-zero so the Maven build stops early.
set -euo pipefail

version="" home="" cache="" out="" platform=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --home) home="$2"; shift 2 ;;
    --cache) cache="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --platform) platform="$2"; shift 2 ;;
    *) echo "provision-executorch: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -n "$cache" ] && [ -n "$out" ] || { echo "provision-executorch: --cache and --out are required" >&2; exit 2; }

# The CMake version that writes the wheel's $ORIGIN runtime paths correctly, and the one taken from PyPI.
readonly MIN_CMAKE=3.28
readonly PYPI_CMAKE=3.31.10
# The Zig toolchain (PyPI package ziglang) that cross-compiles for macOS on another host.
readonly PYPI_ZIG=0.17.0

fail() {
  printf '\n[etcts] ExecuTorch provisioning failed: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '[etcts]   %s\n' "$line" >&2; done
  printf '\n' >&2
  exit 1
}
say() { printf '[etcts] %s\n' "$*"; }

# The platform name etcts gives this machine (the same as the harness's Platform class).
host_platform() {
  local os arch
  os="$(uname -s | tr '[:upper:]' '[:lower:]')"; [ "$os" = darwin ] && os=macos
  arch="$(uname -m)"; [ "$arch" = arm64 ] && arch=aarch64; [ "$arch" = amd64 ] && arch=x86_64
  echo "$os-$arch"
}

# The wheel platform tag PyPI publishes executorch under for a platform.
wheel_tag() {
  case "$1" in
    linux-x86_64) echo manylinux_2_28_x86_64 ;;
    linux-aarch64) echo manylinux_2_28_aarch64 ;;
    macos-aarch64|macos-arm64) echo macosx_14_0_arm64 ;;
    *) fail "unknown platform '$1'." "Fix: use -Detcts.platform=linux-x86_64, linux-aarch64 or macos-aarch64, or leave it unset for this machine's." ;;
  esac
}

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

require_pip() {
  command -v python3 >/dev/null 2>&1 ||
    fail "python3 was not found on PATH; it is needed to fetch $1 from PyPI." \
      "Fix: install Python 3.10+ with pip (Debian: apt-get install python3 python3-pip)," \
      "or point the suite at an existing build with -Dexecutorch.home=DIR."
  python3 -m pip --version >/dev/null 2>&1 ||
    fail "python3 has no pip module; it is needed to fetch $1 from PyPI." \
      "Fix: install pip (Debian: apt-get install python3-pip, or python3 -m ensurepip)," \
      "or point the suite at an existing build with -Dexecutorch.home=DIR."
}

# pip install --no-deps --target into a staging folder, moved into place only when complete, so an
# interrupted download never leaves a half-installed package that a later build would trust.
pip_install_into() {
  local spec="$1" dest="$2" log="$3"
  shift 3
  local staging="$dest.partial.$$"
  rm -rf "$staging"
  mkdir -p "$(dirname "$dest")"
  if ! python3 -m pip install --no-deps --no-compile --disable-pip-version-check --quiet \
      --target "$staging" "$@" "$spec" >"$log" 2>&1; then
    rm -rf "$staging"
    return 1
  fi
  rm -rf "$dest"
  mv "$staging" "$dest"
}

ensure_cmake() {
  local system_cmake="" system_version=""
  if command -v cmake >/dev/null 2>&1; then
    system_cmake="$(command -v cmake)"
    system_version="$(cmake --version | head -n1 | awk '{print $3}')"
    if version_ge "$system_version" "$MIN_CMAKE"; then
      cmake_command="$system_cmake"
      cmake_origin="system cmake $system_version"
      return
    fi
  fi
  local dest="$cache/tools/cmake-$PYPI_CMAKE"
  if [ ! -x "$dest/cmake/data/bin/cmake" ]; then
    require_pip "cmake==$PYPI_CMAKE"
    say "CMake ${system_version:-(none)} is older than $MIN_CMAKE; taking cmake==$PYPI_CMAKE from PyPI into $dest"
    pip_install_into "cmake==$PYPI_CMAKE" "$dest" "$cache/tools/cmake-pip.log" ||
      fail "pip could not install cmake==$PYPI_CMAKE (log: $cache/tools/cmake-pip.log)." \
        "Fix: install CMake $MIN_CMAKE or newer on PATH, or check that PyPI is reachable."
  fi
  cmake_command="$dest/cmake/data/bin/cmake"
  cmake_origin="cmake $PYPI_CMAKE from PyPI (system: ${system_version:-none})"
}

# Zig from PyPI (the ziglang wheel carries the zig binary, macOS's libc headers and libSystem stubs, and
# libc++'s sources), and wrappers that run it for aarch64-macos 14 under the names CMake expects of a
# toolchain: cc, c++, ar, ranlib. Zig builds libc++ for the target once, into its cache under ours.
ensure_zig_for_macos() {
  local dest="$cache/tools/ziglang-$PYPI_ZIG"
  if [ ! -x "$dest/ziglang/zig" ]; then
    require_pip "ziglang==$PYPI_ZIG"
    say "Cross-compiling for $platform on $(host_platform): taking ziglang==$PYPI_ZIG from PyPI into $dest"
    pip_install_into "ziglang==$PYPI_ZIG" "$dest" "$cache/tools/ziglang-pip.log" ||
      fail "pip could not install ziglang==$PYPI_ZIG (log: $cache/tools/ziglang-pip.log), which cross-compiles the JNI library for $platform here." \
        "Fix: check that PyPI is reachable, or build on a macOS arm64 machine (the CI workflow .github/workflows/macos.yml does)."
  fi
  cross_tools="$cache/tools/zig-$PYPI_ZIG-aarch64-macos"
  mkdir -p "$cross_tools"
  local zig="$dest/ziglang/zig" name command
  for name in cc c++ ar ranlib; do
    case "$name" in
      cc|c++) command="$name -target aarch64-macos.14.0" ;;
      *) command="$name" ;;
    esac
    printf '#!/bin/sh\n# Written by provision-executorch.sh: zig %s, for cmake/toolchains/macos-aarch64.cmake.\nZIG_GLOBAL_CACHE_DIR="%s" exec "%s" %s "$@"\n' \
      "$name" "$cache/tools/zig-cache" "$zig" "$command" >"$cross_tools/$name"
    chmod +x "$cross_tools/$name"
  done
  say "macOS cross toolchain: zig $("$zig" version) ($cross_tools)"
}

provision_wheel() {
  local site="$cache/executorch/$version/site" pip_platform=() library=libexecutorch.so
  case "$platform" in macos-*) library=libexecutorch.dylib ;; esac
  if [ "$platform" != "$(host_platform)" ]; then
    # Another platform's wheel: never installed over the host's, and only its binary distribution.
    site="$cache/executorch/$version/$platform/site"
    pip_platform=(--platform "$(wheel_tag "$platform")" --only-binary=:all:)
  fi
  local root="$site/executorch"
  if [ ! -f "$site/.etcts-complete" ]; then
    require_pip "executorch==$version"
    say "Installing the ExecuTorch wheel executorch==$version for $platform (--no-deps) into $site"
    local log="$cache/executorch/pip-$version-$platform.log"
    mkdir -p "$cache/executorch"
    if ! pip_install_into "executorch==$version" "$site" "$log" "${pip_platform[@]}"; then
      if grep -qE "No matching distribution|Could not find a version" "$log"; then
        local offered
        offered="$(python3 -m pip index versions executorch 2>/dev/null | sed -n 's/^Available versions: //p')"
        fail "PyPI has no executorch==$version wheel for $platform ${pip_platform[*]} ($(python3 -c 'import platform,sys; print(f"python {sys.version_info[0]}.{sys.version_info[1]}, {platform.system()} {platform.machine()}")'))." \
          "Versions PyPI offers: ${offered:-unknown (pip index failed)}." \
          "Fix: pick one of 1.5 or newer with -Dexecutorch.version=X (the C++ SDK ships from 1.5 on)."
      fi
      fail "pip could not install executorch==$version; its output is in $log." \
        "Fix: check that PyPI is reachable, or use -Dexecutorch.home=DIR for a local build."
    fi
    if [ ! -f "$root/lib/$library" ] || [ ! -f "$root/share/cmake/executorch-config.cmake" ]; then
      local held
      held="$(ls "$root/lib" 2>/dev/null | tr "\n" " " || true)"
      rm -rf "$site"
      fail "the executorch==$version wheel carries no C++ SDK: it has no executorch/lib/$library or no share/cmake/executorch-config.cmake (executorch/lib holds: ${held:-nothing})." \
        "Wheels before 1.5 ship only the Python extension, which cannot be linked by a C++ program." \
        "Fix: use -Dexecutorch.version=1.5.1 (the default) or newer, or -Dexecutorch.home=<install prefix of a source build>."
    fi
    touch "$site/.etcts-complete"
  fi
  layout="wheel"
  prefix="$root"
  config_dir="$root/share/cmake"
  source_description="PyPI wheel executorch==$version ($platform)"
  build_version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/version.py" 2>/dev/null || true)"
  build_version="${build_version:-$version}"
  git_revision="$(sed -n "s/^git_version.*= '\(.*\)'/\1/p" "$root/version.py" 2>/dev/null || true)"
}

# Checks an existing build one property at a time, so a failure names the check that failed: the
# folder, the package config (and that it is one), the lib/ folder, the runtime library, the headers.
provision_home() {
  local given="$home"
  [ -e "$given" ] ||
    fail "-Dexecutorch.home=$given does not exist." \
      "Fix: point it at the install prefix of an ExecuTorch build (the CMAKE_INSTALL_PREFIX given to cmake --install)," \
      "or at the executorch/ folder of an installed wheel; or drop it to use the default wheel."
  [ -d "$given" ] ||
    fail "-Dexecutorch.home=$given is a file, not a directory." \
      "Fix: point it at the folder that holds the build (its lib/ and include/), not at a file in it."
  [ -r "$given" ] && [ -x "$given" ] ||
    fail "-Dexecutorch.home=$given cannot be read by $(id -un) (permissions $(ls -ld "$given" 2>/dev/null | cut -d" " -f1))." \
      "Fix: make it readable (chmod -R a+rX), or copy the build to a folder you can read."
  home="$(cd "$given" && pwd)"
  local config=""
  if [ -f "$home/share/cmake/executorch-config.cmake" ]; then
    layout="wheel"
    config="$home/share/cmake/executorch-config.cmake"
  elif [ -f "$home/lib/cmake/ExecuTorch/executorch-config.cmake" ]; then
    layout="prefix"
    config="$home/lib/cmake/ExecuTorch/executorch-config.cmake"
  elif [ -f "$home/lib/cmake/ExecuTorch/ExecuTorchConfig.cmake" ]; then
    layout="prefix"
    config="$home/lib/cmake/ExecuTorch/ExecuTorchConfig.cmake"
  elif [ -f "$home/executorch/share/cmake/executorch-config.cmake" ]; then
    fail "-Dexecutorch.home=$home is the folder that holds an installed wheel, not the wheel's package root." \
      "Fix: use -Dexecutorch.home=$home/executorch."
  elif [ -f "$home/version.py" ] && [ -d "$home/extension" ]; then
    local found_version
    found_version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$home/version.py" 2>/dev/null || true)"
    fail "-Dexecutorch.home=$home is an executorch wheel (version ${found_version:-unknown}) without a C++ SDK: it has no share/cmake/executorch-config.cmake." \
      "Wheels before 1.5 ship only the Python extension, which a C++ program cannot link." \
      "Fix: install executorch 1.5 or newer, or use -Dexecutorch.version=X to let the build fetch one."
  else
    fail "-Dexecutorch.home=$home holds no ExecuTorch CMake package config." \
      "Looked for: $home/share/cmake/executorch-config.cmake (wheel layout)" \
      "       and: $home/lib/cmake/ExecuTorch/executorch-config.cmake (install prefix of a source build)." \
      "Fix: run 'cmake --install' for your ExecuTorch build and point -Dexecutorch.home at its prefix."
  fi
  config_dir="$(dirname "$config")"
  grep -qE '^[[:space:]]*(set|include|add_library|find_package|get_filename_component|if)[[:space:]]*\(' "$config" ||
    fail "$config is not a CMake package config: it holds no CMake command (set, include, add_library, ...)." \
      "Fix: reinstall the build (cmake --install, or pip install --force-reinstall for a wheel); the file is damaged."
  [ -d "$home/lib" ] ||
    fail "-Dexecutorch.home=$home has a package config ($config) but no lib/ folder with the runtime's libraries." \
      "Fix: reinstall the build; an install prefix and a wheel both carry lib/."
  compgen -G "$home/lib/libexecutorch.so*" >/dev/null || compgen -G "$home/lib/libexecutorch*.dylib" >/dev/null ||
    [ -f "$home/lib/libexecutorch.a" ] ||
    fail "$home/lib (from -Dexecutorch.home) has no ExecuTorch runtime library, libexecutorch.so, libexecutorch.dylib or libexecutorch.a; it holds: $(ls "$home/lib" 2>/dev/null | head -n 12 | tr '\n' ' ' | grep . || echo nothing)" \
      "Fix: build and install the runtime target (cmake --build ... && cmake --install ...) into this prefix."
  [ -d "$home/include/executorch/runtime" ] ||
    fail "-Dexecutorch.home=$home has no runtime headers: $home/include/executorch/runtime is missing." \
      "Fix: reinstall the build with its headers (cmake --install installs them; a wheel 1.5+ carries them)."
  prefix="$home"
  if [ "$layout" = prefix ]; then
    source_description="source-build install prefix $home"
  else
    source_description="installed wheel folder $home"
  fi
  read_home_identity
}

# The version and git revision a build records about itself. A wheel (or an installed wheel folder) has
# version.py; an install prefix has the generated include/executorch/runtime/core/version.h, whose
# ET_VERSION is the version and whose ET_GIT_* define, where the build writes one, the revision.
read_home_identity() {
  local version_py="$home/version.py" version_h="$home/include/executorch/runtime/core/version.h"
  build_version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$version_py" 2>/dev/null || true)"
  git_revision="$(sed -n "s/^git_version.*= '\(.*\)'/\1/p" "$version_py" 2>/dev/null || true)"
  if [ -z "$build_version" ] && [ -f "$version_h" ]; then
    build_version="$(sed -n 's/^#define ET_VERSION "\(.*\)"/\1/p' "$version_h" | head -n1)"
  fi
  if [ -z "$git_revision" ] && [ -f "$version_h" ]; then
    git_revision="$(sed -n 's/^#define ET_GIT_[A-Z_]* "\([0-9a-fA-F]\{7,40\}\)"/\1/p' "$version_h" | head -n1)"
  fi
  build_version="${build_version:-unknown}"
}

mkdir -p "$cache"
[ -n "$platform" ] || platform="$(host_platform)"
# Apple calls the architecture arm64; the suite's platform names say aarch64 (the harness's Platform).
case "$platform" in macos-arm64) platform=macos-aarch64 ;; esac
if [ -n "$home" ]; then
  provision_home
else
  [ -n "$version" ] || fail "no ExecuTorch version given." "Fix: pass -Dexecutorch.version=X or -Dexecutorch.home=DIR."
  provision_wheel
fi
ensure_cmake
cross_tools=""
case "$platform" in macos-*) [ "$(host_platform)" = "$platform" ] || ensure_zig_for_macos ;; esac

mkdir -p "$(dirname "$out")"
{
  echo "# The ExecuTorch build under test, as found by native/scripts/provision-executorch.sh"
  echo "executorch.platform=$platform"
  echo "executorch.layout=$layout"
  echo "executorch.prefix=$prefix"
  echo "executorch.config.dir=$config_dir"
  echo "executorch.requested.version=$([ -n "$home" ] || echo "${version:-}")"
  echo "executorch.build.version=$build_version"
  echo "executorch.git.revision=$git_revision"
  echo "executorch.source=$source_description"
  echo "cmake.command=$cmake_command"
  echo "cmake.origin=$cmake_origin"
  echo "cross.tools=$cross_tools"
} >"$out"
say "ExecuTorch under test: $source_description (version $build_version, $layout layout); $cmake_origin"
