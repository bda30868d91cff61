// How the library's entry points are bound to the Java classes' native methods: by table, when the
// library loads, never by exported JNI-mangled names.
//
// Each *_jni.cpp file keeps its entry points private and exports one function returning its table: the
// Java class it serves and, per native method, the name, the JNI signature and the function. A class
// whose natives are split over several files by topic (Module, Tensor) gets one table part per file;
// the parts are checked together. JNI_OnLoad passes every table to register_natives(), which binds
// nothing unless all of them match the classes exactly:
//   - every entry names a static or instance method of its class with that exact signature, and
//   - every native method the class declares has an entry.
// Otherwise the load fails (System.load throws UnsatisfiedLinkError) with one line per mismatch naming
// the class, the method and its signature, so a renamed or missing native is found when the library
// loads instead of when the method is first called.
#pragma once

#include <jni.h>

#include <string>
#include <vector>

namespace etcts::jni {

// One native method: its Java name, its JNI signature and the function implementing it.
struct NativeMethod {
  const char* name;
  const char* signature;
  void* function;

  // Takes only functions whose first parameter is the JNIEnv, as every JNI entry point's is.
  template <typename Result, typename... Parameters>
  NativeMethod(const char* method_name, const char* method_signature,
               Result(JNICALL* entry_point)(JNIEnv*, Parameters...))
      : name(method_name), signature(method_signature), function(reinterpret_cast<void*>(entry_point)) {}
};

// The native methods one source file provides for one Java class.
struct NativeTable {
  const char* class_name;  // in JNI form, e.g. "org/etcts/executorch/Module"
  std::vector<NativeMethod> methods;
};

// The tables of the library, one function per *_jni.cpp file (listed in native_registration.cpp).
NativeTable backend_options_map_natives();
NativeTable log_natives();
NativeTable method_metadata_natives();
NativeTable module_natives();
NativeTable module_io_natives();
NativeTable module_options_natives();
NativeTable runtime_natives();
NativeTable tensor_natives();
NativeTable tensor_factory_natives();
NativeTable tensor_ops_natives();

// Every table of the library.
std::vector<NativeTable> library_natives();

// Checks tables against their classes and, if all match, registers them. Returns true on success; on
// failure nothing stays registered and an UnsatisfiedLinkError naming each mismatch is pending.
bool register_natives(JNIEnv* env, const std::vector<NativeTable>& tables);

}  // namespace etcts::jni
