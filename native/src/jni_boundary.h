// The JNI boundary of the etcts binding: how native entry points report failures to Java, how
// handles and strings cross, and the guard every entry point is wrapped in.
//
// Rule: nothing but values and one exception type crosses the boundary. Every entry point body sits
// between ETCTS_API_BEGIN() and ETCTS_API_END(...), which catch every C++ exception and turn it into
// a pending Java exception:
//   - RuntimeError (a runtime Error code plus what failed) -> org.etcts.executorch.ExecuTorchException,
//     carrying the log lines the runtime emitted on this thread during the call (log_capture.h)
//   - std::bad_alloc                                       -> ExecuTorchException(MemoryAllocationFailed)
//   - JavaExceptionPending (a JNI call already raised one) -> left as it is
//   - anything else                                        -> ExecuTorchException(Internal)
#pragma once

#include <jni.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "executorch_sdk.h"
#include "log_capture.h"

namespace etcts::jni {

// A failure reported by, or on behalf of, the ExecuTorch runtime: becomes ExecuTorchException.
struct RuntimeError {
  uint32_t code;          // executorch::runtime::Error value (kept raw: unknown codes pass through)
  std::string operation;  // what failed, e.g. "load method 'backward'"
  std::string explanation;  // why, when the binding can tell more than the code (may be empty)

  RuntimeError(executorch::runtime::Error error, std::string what, std::string why = "")
      : code(static_cast<uint32_t>(error)), operation(std::move(what)), explanation(std::move(why)) {}
};

// Thrown after a JNI call left a Java exception pending; the boundary lets that exception through.
struct JavaExceptionPending {};

// Throws RuntimeError unless error is Ok.
void check(executorch::runtime::Error error, const std::string& operation);

// Throws JavaExceptionPending if a Java exception is pending.
void check_java(JNIEnv* env);

// Translates the exception currently being handled into a pending Java exception. Call only from a
// catch block. Never throws.
void translate_current_exception(JNIEnv* env, const char* entry_point) noexcept;

// Fails the library's load: raises UnsatisfiedLinkError (System.load throws it) with the headline, one
// indented line per problem, and the fix.
void fail_load(JNIEnv* env, const std::string& headline, const std::vector<std::string>& problems,
               const std::string& fix);

// The JavaVM this library was loaded into (set in JNI_OnLoad).
JavaVM* java_vm();

// A JNIEnv for the calling thread, attaching it if it is not a Java thread. The second member
// tells whether the caller must detach the thread when done.
std::pair<JNIEnv*, bool> env_for_current_thread();

// Cached java.lang.String class (global reference, valid while the library is loaded).
jclass string_class();
// Cached java.lang.Object class.
jclass object_class();

// Modified-UTF-8-free string conversion: Java strings are converted from UTF-16 to standard UTF-8,
// and UTF-8 back to UTF-16 (malformed input becomes U+FFFD). Throws JavaExceptionPending on JNI
// failure. A null jstring throws RuntimeError(InvalidArgument).
std::string to_utf8(JNIEnv* env, jstring text);
jstring to_jstring(JNIEnv* env, std::string_view utf8);

// A Java String[] built from UTF-8 strings.
jobjectArray to_string_array(JNIEnv* env, const std::vector<std::string>& items);

// Copies of Java primitive arrays (null gives an empty vector).
std::vector<int32_t> to_vector(JNIEnv* env, jintArray array);
std::vector<int64_t> to_vector(JNIEnv* env, jlongArray array);

// The size in bytes of a Java primitive array passed as a plain Object; throws RuntimeError
// (InvalidArgument) if it is null or not a primitive array.
size_t primitive_array_bytes(JNIEnv* env, jobject array);

// A new Java Object[] of the given length; throws JavaExceptionPending if the JVM could not make it.
jobjectArray new_object_array(JNIEnv* env, jsize length);

// Stores value in slot of array and deletes the local reference to value (null is allowed); throws
// JavaExceptionPending if the store raised a Java exception.
void set_element(JNIEnv* env, jobjectArray array, jsize slot, jobject value);

// A new Java long[] holding values.
jlongArray to_jlong_array(JNIEnv* env, const std::vector<int64_t>& values);

// Handles are native pointers carried in a Java long.
template <typename T>
inline jlong to_handle(T* pointer) {
  return static_cast<jlong>(reinterpret_cast<intptr_t>(pointer));
}

template <typename T>
inline T* from_handle(jlong handle, const char* what) {
  if (handle == 0) {
    throw RuntimeError(executorch::runtime::Error::InvalidArgument, std::string("use of a null ") + what + " handle");
  }
  return reinterpret_cast<T*>(static_cast<intptr_t>(handle));
}

}  // namespace etcts::jni

// Opens the guarded body of a JNI entry point. The function must have a parameter named env. The
// scope collects the runtime's log lines of this call for the exception a failure raises.
#define ETCTS_API_BEGIN()                                 \
  ::etcts::jni::CallLogScope etcts_call_log_scope;        \
  try {
// Closes the guarded body; on any exception, raises the matching Java exception and returns value.
#define ETCTS_API_END(value)                                         \
  }                                                                  \
  catch (...) {                                                      \
    ::etcts::jni::translate_current_exception(env, __func__);        \
  }                                                                  \
  return value;
// Closes the guarded body of an entry point returning void.
#define ETCTS_API_END_VOID()                                         \
  }                                                                  \
  catch (...) {                                                      \
    ::etcts::jni::translate_current_exception(env, __func__);        \
  }
