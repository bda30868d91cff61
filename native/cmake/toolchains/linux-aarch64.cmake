# Cross-compiles the JNI library for linux-aarch64 on another Linux host with Debian's aarch64 GNU
# toolchain (g++-aarch64-linux-gnu). build-jni.sh passes it when -Detcts.platform=linux-aarch64 is not
# the host's platform. The wheel's CMake package is found by explicit path, so package lookups are not
# re-rooted into the cross sysroot.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
