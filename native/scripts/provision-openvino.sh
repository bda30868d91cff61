#!/usr/bin/env bash
# Provisions the OpenVINO runtime that the build's OpenVINO delegate loads at run time.
#
# The delegate (libexecutorch_backend_openvino) links no OpenVINO library: when asked whether it is
# available it dlopens libopenvino_c.so, from OPENVINO_LIB_PATH when that is set. This takes the runtime
# from PyPI (openvino==V, --no-deps; another platform's wheel with pip --platform) into the cache and
# links its library folder to --link DIR, so that DIR/libopenvino_c.so is what the test JVMs are given
# as OPENVINO_LIB_PATH. A build without the OpenVINO delegate needs nothing. When the runtime cannot be
# provisioned, the build goes on: the delegate then reports itself unavailable, and the scenarios that
# need it are NOT_SUPPORTED with that finding.
# Usage: provision-openvino.sh --sdk-properties FILE --version V --cache DIR --link DIR
set -euo pipefail

sdk="" version="" cache="" link=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sdk-properties) sdk="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --cache) cache="$2"; shift 2 ;;
    --link) link="$2"; shift 2 ;;
    *) echo "provision-openvino: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
say() { printf '[etcts] %s\n' "$*"; }
prop() { sed -n "s/^$1=//p" "$sdk" | head -n1; }

rm -rf "$link"
prefix="$(prop executorch.prefix)"
platform="$(prop executorch.platform)"
if ! ls "$prefix"/lib/libexecutorch_backend_openvino.* >/dev/null 2>&1; then
  say "the build under test ships no OpenVINO delegate: no OpenVINO runtime needed"
  exit 0
fi

host="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
pip_platform=()
case "$platform" in
  "$host") ;;
  # OpenVINO publishes its aarch64 wheels for glibc 2.35 (manylinux_2_35), newer than the executorch wheel's tag.
  linux-aarch64) pip_platform=(--platform manylinux_2_35_aarch64 --platform manylinux_2_28_aarch64 --only-binary=:all:) ;;
  linux-x86_64) pip_platform=(--platform manylinux_2_28_x86_64 --only-binary=:all:) ;;
  *) say "no OpenVINO runtime for $platform from PyPI here; the OpenVINO delegate will report itself unavailable"; exit 0 ;;
esac

site="$cache/openvino/$version/$platform/site"
if [ ! -f "$site/.etcts-complete" ]; then
  say "Installing the OpenVINO runtime openvino==$version for $platform (--no-deps) into $site"
  mkdir -p "$cache/openvino"
  log="$cache/openvino/pip-$version-$platform.log"
  rm -rf "$site.partial"
  if ! python3 -m pip install --no-deps --no-compile --disable-pip-version-check --quiet --target "$site.partial" \
      "${pip_platform[@]}" "openvino==$version" >"$log" 2>&1; then
    rm -rf "$site.partial"
    say "WARNING: pip could not install openvino==$version for $platform (log: $log); the OpenVINO delegate will report itself unavailable"
    exit 0
  fi
  rm -rf "$site"
  mv "$site.partial" "$site"
  touch "$site/.etcts-complete"
fi
libs="$site/openvino/libs"
versioned="$(ls "$libs"/libopenvino_c.so.* 2>/dev/null | head -n1 || true)"
if [ -z "$versioned" ]; then
  say "WARNING: openvino==$version holds no libopenvino_c.so.* in $libs; the OpenVINO delegate will report itself unavailable"
  exit 0
fi
# The delegate asks for the unversioned name; the wheel ships only the versioned one. The link sits in
# the wheel's own folder so the library's $ORIGIN run path still finds its siblings.
ln -sfn "$(basename "$versioned")" "$libs/libopenvino_c.so"
mkdir -p "$(dirname "$link")"
ln -sfn "$libs" "$link"
say "OpenVINO runtime for the delegate: openvino==$version ($platform), $link/libopenvino_c.so -> $versioned"
