# The folder holding jni_md.h for the platform the library is built for. jni.h includes it for the
# platform's JNI types and export macro; a JDK ships it in include/<os>/ (linux on Linux, darwin on macOS).
#
# Cross-compiling for macOS on Linux, the JDK at hand has no include/darwin/. The JDK's sources hold one
# jni_md.h for every Unix platform, copied into include/linux or include/darwin by its build, so the host
# JDK's Unix jni_md.h is used, and checked by compiling for the target: the JNI types have the sizes and
# signedness the JNI specification fixes, JNIEXPORT gives default visibility (the library is built with
# hidden visibility, so the JVM would otherwise find no entry point) and JNICALL names no calling
# convention. A jni_md.h that fails a check stops the configure step, naming the check.
include(CheckCXXSourceCompiles)

function(etcts_jni_md_dir out_var)
  if(APPLE)
    set(_os darwin)
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(_os linux)
  else()
    string(TOLOWER "${CMAKE_SYSTEM_NAME}" _os)
  endif()
  if(EXISTS "${ETCTS_JAVA_HOME}/include/${_os}/jni_md.h")
    set(${out_var} "${ETCTS_JAVA_HOME}/include/${_os}" PARENT_SCOPE)
    return()
  endif()
  file(GLOB _candidates "${ETCTS_JAVA_HOME}/include/*/jni_md.h")
  if(NOT CMAKE_CROSSCOMPILING OR NOT _candidates)
    message(FATAL_ERROR
      "etcts: the JDK at ETCTS_JAVA_HOME='${ETCTS_JAVA_HOME}' has no include/${_os}/jni_md.h for ${CMAKE_SYSTEM_NAME}. "
      "Fix: build with a JDK for this platform (set JAVA_HOME to a JDK 17+).")
  endif()
  list(GET _candidates 0 _candidate)
  get_filename_component(_dir "${_candidate}" DIRECTORY)
  set(CMAKE_REQUIRED_INCLUDES "${ETCTS_JAVA_HOME}/include" "${_dir}")
  set(CMAKE_REQUIRED_FLAGS "-fvisibility=hidden")
  set(CMAKE_REQUIRED_QUIET ON)
  set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
  check_cxx_source_compiles([=[
#include <jni.h>
#include <climits>
#define ETCTS_TEXT2(x) #x
#define ETCTS_TEXT(x) ETCTS_TEXT2(x)
constexpr bool etcts_contains(const char* text, const char* part) {
  for (; *text; ++text) {
    const char* a = text;
    const char* b = part;
    while (*a && *b && *a == *b) { ++a; ++b; }
    if (!*b) return true;
  }
  return false;
}
static_assert(sizeof(jboolean) == 1 && static_cast<jboolean>(-1) > 0, "jboolean: unsigned 8 bits");
static_assert(sizeof(jbyte) == 1 && static_cast<jbyte>(-1) < 0, "jbyte: signed 8 bits");
static_assert(sizeof(jchar) == 2 && static_cast<jchar>(-1) > 0, "jchar: unsigned 16 bits");
static_assert(sizeof(jshort) == 2, "jshort: 16 bits");
static_assert(sizeof(jint) == 4 && static_cast<jint>(-1) < 0, "jint: signed 32 bits");
static_assert(sizeof(jlong) == 8 && static_cast<jlong>(-1) < 0, "jlong: signed 64 bits");
static_assert(sizeof(jfloat) == 4 && sizeof(jdouble) == 8, "jfloat, jdouble: 32 and 64 bits");
static_assert(sizeof(jobject) == sizeof(void*), "jobject: a pointer");
static_assert(etcts_contains(ETCTS_TEXT(JNIEXPORT), "visibility") && etcts_contains(ETCTS_TEXT(JNIEXPORT), "default"),
              "JNIEXPORT: default visibility");
static_assert(sizeof(ETCTS_TEXT(JNICALL)) == 1, "JNICALL: no calling convention");
extern "C" JNIEXPORT jint JNICALL etcts_probe_entry(JNIEnv*, jclass) { return 0; }
]=] ETCTS_JNI_MD_FITS_TARGET)
  if(NOT ETCTS_JNI_MD_FITS_TARGET)
    message(FATAL_ERROR
      "etcts: cross-compiling for ${CMAKE_SYSTEM_NAME}, the host JDK's ${_candidate} does not fit the target "
      "(a JNI type of the wrong size or signedness, or JNIEXPORT without default visibility; "
      "CMakeFiles/CMakeConfigureLog.yaml has the compiler's words). Fix: set JAVA_HOME to a JDK for ${CMAKE_SYSTEM_NAME}.")
  endif()
  message(STATUS "etcts: jni_md.h for ${CMAKE_SYSTEM_NAME}: ${_candidate} (the JDK's Unix jni_md.h), checked against the target's JNI types")
  set(${out_var} "${_dir}" PARENT_SCOPE)
endfunction()
