#!/usr/bin/env bash
# Makes sure this machine can build and run another platform's build under emulation (-Detcts.platform
# naming a platform the host is not): the cross compiler for the JNI library, qemu-user to run the
# platform's binaries (invoked explicitly by the launcher, never registered with binfmt_misc), and the
# platform's JDK. On Debian, run as root, it installs what is missing with apt-get (the JDK through
# multiarch); otherwise it stops and prints the command to run.
# Usage: ensure-emulation.sh <platform> <JDK home of the platform>
# (The platform's JDK is installed only when that leaves the host's JDK as it is; see below.)
set -euo pipefail

platform="$1" jdk="$2"
case "$platform" in
  linux-aarch64) arch=arm64 qemu=qemu-aarch64-static cxx=aarch64-linux-gnu-g++ ;;
  *) echo "[etcts] emulation of $platform is not supported on this host; supported: linux-aarch64" >&2; exit 1 ;;
esac

missing=() packages=()
command -v "$qemu" >/dev/null 2>&1 || { missing+=("$qemu"); packages+=(qemu-user-static); }
command -v "$cxx" >/dev/null 2>&1 || { missing+=("$cxx"); packages+=("g++-${cxx%-g++}"); }
jdk_missing=false
[ -x "$jdk/bin/java" ] || { missing+=("$jdk/bin/java"); jdk_missing=true; }

if [ ${#missing[@]} -eq 0 ]; then
  echo "[etcts] $platform under emulation: $("$qemu" --version | head -n1), $("$cxx" --version | head -n1), JDK $jdk"
  exit 0
fi

jdk_package="openjdk-17-jdk-headless:$arch"
jdk_command="dpkg --add-architecture $arch && apt-get update && apt-get install -y --no-install-recommends $jdk_package"

if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "[etcts] Running the $platform build here needs: ${missing[*]}" >&2
  [ ${#packages[@]} -eq 0 ] || echo "[etcts] Install with:  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends ${packages[*]}'" >&2
  if $jdk_missing; then
    echo "[etcts] and the $platform JDK, before a build starts (through multiarch it also moves this machine's JDK 17 to the same version):" >&2
    echo "[etcts]   sudo sh -c '$jdk_command'" >&2
    echo "[etcts] or point -Detcts.platform.jdk=DIR at a $platform JDK." >&2
  fi
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if [ ${#packages[@]} -gt 0 ]; then
  echo "[etcts] installing what the $platform build needs: ${packages[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
if $jdk_missing; then
  # Debian's multiarch JDK packages must share one version across architectures: when installing the
  # platform's JDK would upgrade this machine's own JDK, it would do so under the running build (this
  # very Maven), so that case is left to the user, before a build.
  dpkg --add-architecture "$arch"
  apt-get update -qq
  if apt-get -s install --no-install-recommends "$jdk_package" | grep -E '^Inst openjdk-[^ ]* \[' | grep -vq ":$arch"; then
    echo "[etcts] Installing $jdk_package would upgrade this machine's own JDK under the running build." >&2
    echo "[etcts] Install it before a build:  sudo sh -c '$jdk_command'" >&2
    exit 1
  fi
  echo "[etcts] installing the $platform JDK: $jdk_package"
  apt-get install -y -qq --no-install-recommends "$jdk_package" >/dev/null
fi
for tool in "$qemu" "$cxx" "$jdk/bin/java"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "[etcts] apt-get ran, but $tool is still missing" >&2; exit 1; }
done
echo "[etcts] $platform under emulation: $("$qemu" --version | head -n1), $("$cxx" --version | head -n1), JDK $jdk"
