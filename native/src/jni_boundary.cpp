// The JNI boundary: library load hooks, exception translation, string and array conversion.
#include "jni_boundary.h"

#include "log_capture.h"
#include "native_layout.h"
#include "native_registration.h"

#include <cstring>
#include <new>
#include <stdexcept>

namespace etcts::jni {
namespace {

using executorch::runtime::Error;

JavaVM* g_vm = nullptr;
jclass g_exception_class = nullptr;  // org.etcts.executorch.ExecuTorchException
// ExecuTorchException(int number, String operation, String explanation, String[] runtimeLog)
jmethodID g_exception_ctor = nullptr;
jclass g_oom_class = nullptr;  // java.lang.OutOfMemoryError
jclass g_string_class = nullptr;
jclass g_object_class = nullptr;

// Primitive array classes, to learn the byte size of an array passed as a plain Object.
struct PrimitiveArrayClass {
  const char* signature;
  size_t element_size;
  jclass cls;
};
PrimitiveArrayClass g_array_classes[] = {
    {"[Z", 1, nullptr}, {"[B", 1, nullptr}, {"[C", 2, nullptr}, {"[S", 2, nullptr},
    {"[I", 4, nullptr}, {"[J", 8, nullptr}, {"[F", 4, nullptr}, {"[D", 8, nullptr},
};

jclass global_class(JNIEnv* env, const char* name) {
  jclass local = env->FindClass(name);
  if (local == nullptr) {
    return nullptr;
  }
  auto global = static_cast<jclass>(env->NewGlobalRef(local));
  env->DeleteLocalRef(local);
  return global;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes one UTF-8 sequence at text[i]; on malformed input returns U+FFFD and consumes one byte.
uint32_t next_code_point(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  size_t length = 0;
  uint32_t cp = 0;
  uint32_t minimum = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1F;
    minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0F;
    minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07;
    minimum = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += length;
  return cp;
}

void throw_executorch(JNIEnv* env, uint32_t code, const std::string& operation, const std::string& explanation = "") {
  if (g_exception_class == nullptr || g_exception_ctor == nullptr) {
    env->FatalError("etcts: ExecuTorchException is not cached; JNI_OnLoad did not run");
    return;
  }
  jstring message = to_jstring(env, operation);
  jstring why = explanation.empty() ? nullptr : to_jstring(env, explanation);
  jobjectArray log = to_string_array(env, call_log_lines());
  auto exception = static_cast<jthrowable>(
      env->NewObject(g_exception_class, g_exception_ctor, static_cast<jint>(code), message, why, log));
  if (exception != nullptr) {
    env->Throw(exception);
  }
}

}  // namespace

JavaVM* java_vm() {
  return g_vm;
}

jclass string_class() {
  return g_string_class;
}

jclass object_class() {
  return g_object_class;
}

std::pair<JNIEnv*, bool> env_for_current_thread() {
  JNIEnv* env = nullptr;
  if (g_vm == nullptr) {
    return {nullptr, false};
  }
  if (g_vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) == JNI_OK) {
    return {env, false};
  }
  if (g_vm->AttachCurrentThreadAsDaemon(reinterpret_cast<void**>(&env), nullptr) == JNI_OK) {
    return {env, true};
  }
  return {nullptr, false};
}

void check(Error error, const std::string& operation) {
  if (error != Error::Ok) {
    throw RuntimeError(error, operation);
  }
}

void check_java(JNIEnv* env) {
  if (env->ExceptionCheck()) {
    throw JavaExceptionPending{};
  }
}

void translate_current_exception(JNIEnv* env, const char* entry_point) noexcept {
  try {
    if (env->ExceptionCheck()) {
      return;  // a JNI call already raised a Java exception: that one wins
    }
    try {
      throw;
    } catch (const JavaExceptionPending&) {
      if (!env->ExceptionCheck()) {
        throw_executorch(env, static_cast<uint32_t>(Error::Internal),
                         std::string(entry_point) + ": a JNI call failed without raising a Java exception");
      }
    } catch (const RuntimeError& e) {
      throw_executorch(env, e.code, e.operation, e.explanation);
    } catch (const std::bad_alloc&) {
      // The runtime (or this library) ran out of native memory: the runtime's own code for that, so
      // a caller handles it like any other refusal instead of as a JVM heap exhaustion.
      throw_executorch(env, static_cast<uint32_t>(Error::MemoryAllocationFailed),
                       std::string(entry_point) + ": native memory allocation (std::bad_alloc)");
    } catch (const std::exception& e) {
      throw_executorch(env, static_cast<uint32_t>(Error::Internal),
                       std::string(entry_point) + ": unexpected C++ exception: " + e.what());
    } catch (...) {
      throw_executorch(env, static_cast<uint32_t>(Error::Internal),
                       std::string(entry_point) + ": unexpected C++ exception of unknown type");
    }
  } catch (...) {
    // Building the Java exception failed (most likely out of memory); raise the plainest one.
    if (!env->ExceptionCheck() && g_oom_class != nullptr) {
      env->ThrowNew(g_oom_class, "etcts: failed to report a native error");
    }
  }
}

void fail_load(JNIEnv* env, const std::string& headline, const std::vector<std::string>& problems,
               const std::string& fix) {
  std::string message = headline;
  for (const std::string& problem : problems) {
    message += "\n  " + problem;
  }
  message += "\nFix: " + fix;
  jclass error = env->FindClass("java/lang/UnsatisfiedLinkError");
  if (error != nullptr) {
    env->ThrowNew(error, message.c_str());
    env->DeleteLocalRef(error);
  }
}

std::string to_utf8(JNIEnv* env, jstring text) {
  if (text == nullptr) {
    throw RuntimeError(Error::InvalidArgument, "convert a null Java string");
  }
  const jsize length = env->GetStringLength(text);
  std::vector<jchar> units(static_cast<size_t>(length));
  env->GetStringRegion(text, 0, length, units.data());
  check_java(env);
  std::string out;
  out.reserve(units.size());
  for (size_t i = 0; i < units.size(); ++i) {
    uint32_t cp = units[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;  // lone surrogate
    }
    append_utf8(out, cp);
  }
  return out;
}

jstring to_jstring(JNIEnv* env, std::string_view utf8) {
  std::vector<jchar> units;
  units.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    const uint32_t cp = next_code_point(utf8, i);
    if (cp >= 0x10000) {
      units.push_back(static_cast<jchar>(0xD800 + ((cp - 0x10000) >> 10)));
      units.push_back(static_cast<jchar>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      units.push_back(static_cast<jchar>(cp));
    }
  }
  jstring result = env->NewString(units.data(), static_cast<jsize>(units.size()));
  if (result == nullptr) {
    throw JavaExceptionPending{};
  }
  return result;
}

jobjectArray new_object_array(JNIEnv* env, jsize length) {
  jobjectArray array = env->NewObjectArray(length, g_object_class, nullptr);
  if (array == nullptr) {
    throw JavaExceptionPending{};
  }
  return array;
}

void set_element(JNIEnv* env, jobjectArray array, jsize slot, jobject value) {
  env->SetObjectArrayElement(array, slot, value);
  if (value != nullptr) {
    env->DeleteLocalRef(value);
  }
  check_java(env);
}

jobjectArray to_string_array(JNIEnv* env, const std::vector<std::string>& items) {
  jobjectArray array = env->NewObjectArray(static_cast<jsize>(items.size()), g_string_class, nullptr);
  if (array == nullptr) {
    throw JavaExceptionPending{};
  }
  for (size_t i = 0; i < items.size(); ++i) {
    jstring item = to_jstring(env, items[i]);
    env->SetObjectArrayElement(array, static_cast<jsize>(i), item);
    env->DeleteLocalRef(item);
    check_java(env);
  }
  return array;
}

std::vector<int32_t> to_vector(JNIEnv* env, jintArray array) {
  if (array == nullptr) {
    return {};
  }
  std::vector<int32_t> out(static_cast<size_t>(env->GetArrayLength(array)));
  env->GetIntArrayRegion(array, 0, static_cast<jsize>(out.size()), reinterpret_cast<jint*>(out.data()));
  check_java(env);
  return out;
}

std::vector<int64_t> to_vector(JNIEnv* env, jlongArray array) {
  if (array == nullptr) {
    return {};
  }
  std::vector<int64_t> out(static_cast<size_t>(env->GetArrayLength(array)));
  env->GetLongArrayRegion(array, 0, static_cast<jsize>(out.size()), reinterpret_cast<jlong*>(out.data()));
  check_java(env);
  return out;
}

jlongArray to_jlong_array(JNIEnv* env, const std::vector<int64_t>& values) {
  jlongArray array = env->NewLongArray(static_cast<jsize>(values.size()));
  if (array == nullptr) {
    throw JavaExceptionPending{};
  }
  env->SetLongArrayRegion(array, 0, static_cast<jsize>(values.size()), reinterpret_cast<const jlong*>(values.data()));
  check_java(env);
  return array;
}

size_t primitive_array_bytes(JNIEnv* env, jobject array) {
  if (array == nullptr) {
    throw RuntimeError(Error::InvalidArgument, "use a null Java array");
  }
  for (const auto& entry : g_array_classes) {
    if (env->IsInstanceOf(array, entry.cls)) {
      return static_cast<size_t>(env->GetArrayLength(static_cast<jarray>(array))) * entry.element_size;
    }
  }
  throw RuntimeError(Error::InvalidArgument, "use a Java object that is not a primitive array");
}

}  // namespace etcts::jni

extern "C" JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM* vm, void* /*reserved*/) {
  using namespace etcts::jni;
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK) {
    return JNI_ERR;
  }
  g_vm = vm;
  // Safe to call more than once; initialises the platform layer (logging, timers).
  executorch::runtime::runtime_init();

  g_exception_class = global_class(env, "org/etcts/executorch/ExecuTorchException");
  if (g_exception_class == nullptr) {
    return JNI_ERR;
  }
  g_exception_ctor =
      env->GetMethodID(g_exception_class, "<init>", "(ILjava/lang/String;Ljava/lang/String;[Ljava/lang/String;)V");
  g_oom_class = global_class(env, "java/lang/OutOfMemoryError");
  g_string_class = global_class(env, "java/lang/String");
  g_object_class = global_class(env, "java/lang/Object");
  if (g_exception_ctor == nullptr || g_oom_class == nullptr || g_string_class == nullptr ||
      g_object_class == nullptr) {
    return JNI_ERR;
  }
  for (auto& entry : g_array_classes) {
    entry.cls = global_class(env, entry.signature);
    if (entry.cls == nullptr) {
      return JNI_ERR;
    }
  }
  // Bind the entry points, once the arrays they pass are laid out as the Java side reads them; a constant
  // or a native method the two sides disagree on fails the load here.
  if (!check_native_layout(env) || !register_natives(env, library_natives())) {
    return JNI_ERR;
  }
  // Capture the runtime's log messages from now on (Log.java delivers them to Java sinks). Last, so
  // that a failed load (after which the JVM may unload this library) leaves no hook pointing into it.
  install_log_capture();
  return JNI_VERSION_1_8;
}

extern "C" JNIEXPORT void JNICALL JNI_OnUnload(JavaVM* vm, void* /*reserved*/) {
  using namespace etcts::jni;
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK) {
    return;
  }
  for (jclass* cls : {&g_exception_class, &g_oom_class, &g_string_class, &g_object_class}) {
    if (*cls != nullptr) {
      env->DeleteGlobalRef(*cls);
      *cls = nullptr;
    }
  }
  for (auto& entry : g_array_classes) {
    if (entry.cls != nullptr) {
      env->DeleteGlobalRef(entry.cls);
      entry.cls = nullptr;
    }
  }
  g_exception_ctor = nullptr;
  g_vm = nullptr;
}
