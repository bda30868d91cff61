# Cross-compiles the JNI library for macOS on Apple silicon (macos-aarch64) on another host, with the Zig
# toolchain from PyPI: `zig c++ -target aarch64-macos.14.0` is clang with macOS's libc headers, the
# libSystem link stubs and libc++, so no Apple SDK is needed. build-jni.sh passes this file when
# -Detcts.platform=macos-aarch64 is not the host's platform, with ETCTS_CROSS_TOOLS naming the folder of
# the wrappers provision-executorch.sh wrote (cc, c++, ar, ranlib: each runs zig for that target).
#
# What differs from a native macOS build: the library carries zig's own libc++ (linked statically),
# where AppleClang links the system's /usr/lib/libc++.1.dylib. The cross-built library proves the link
# (every symbol resolves against the macOS wheel's dylibs, the load commands and runtime paths are
# those a macOS build writes); the macOS runner builds and runs its own. native/README.md has the details.
set(CMAKE_SYSTEM_NAME Darwin)
set(CMAKE_SYSTEM_PROCESSOR arm64)
# Darwin 23 (uname -r 23.x.y) is macOS 14, the oldest macOS the executorch wheel (macosx_14_0_arm64) supports.
set(CMAKE_SYSTEM_VERSION 23.0.0)

if(NOT ETCTS_CROSS_TOOLS AND DEFINED ENV{ETCTS_CROSS_TOOLS})
  set(ETCTS_CROSS_TOOLS "$ENV{ETCTS_CROSS_TOOLS}")
endif()
if(NOT EXISTS "${ETCTS_CROSS_TOOLS}/c++")
  message(FATAL_ERROR
    "etcts: cross-compiling for macos-aarch64 needs the Zig wrappers, and ETCTS_CROSS_TOOLS='${ETCTS_CROSS_TOOLS}' "
    "holds no c++. Fix: build through ./mvnw with -Detcts.platform=macos-aarch64, whose provisioning step "
    "takes ziglang from PyPI and writes them (native/scripts/provision-executorch.sh).")
endif()
# The compiler checks and the API probes configure projects of their own, which read this file again.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES ETCTS_CROSS_TOOLS)
set(ENV{ETCTS_CROSS_TOOLS} "${ETCTS_CROSS_TOOLS}")

set(CMAKE_C_COMPILER "${ETCTS_CROSS_TOOLS}/cc")
set(CMAKE_CXX_COMPILER "${ETCTS_CROSS_TOOLS}/c++")
set(CMAKE_AR "${ETCTS_CROSS_TOOLS}/ar" CACHE FILEPATH "archiver for macos-aarch64")
set(CMAKE_RANLIB "${ETCTS_CROSS_TOOLS}/ranlib" CACHE FILEPATH "ranlib for macos-aarch64")
# The target is in the compiler's triple; no Xcode SDK is looked up, and no -arch or -isysroot is added.
set(CMAKE_OSX_SYSROOT "" CACHE PATH "no Apple SDK: zig carries the macOS headers and link stubs")
set(CMAKE_OSX_ARCHITECTURES "" CACHE STRING "the architecture is in the compiler's target triple")

# The wheel's CMake package is found by explicit path; nothing is looked up in a sysroot.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
