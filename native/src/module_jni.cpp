// Native half of org.etcts.executorch.Module, over executorch::extension::Module.
#include <jni.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "jni_boundary.h"
#include "value_conversion.h"

namespace {

using etcts::jni::RuntimeError;
using executorch::extension::Module;
using executorch::extension::TensorPtr;
using executorch::runtime::Error;

// The native object behind a Java Module.
struct ModuleHolder {
  std::string file_path;
  std::unique_ptr<Module> module;
  // Per method and input index, every tensor the runtime may still be pointing at. The runtime copies
  // memory-planned inputs when binding them, but aliases the data of inputs that are not planned and
  // keeps them bound across executions, so the data must outlive the Java Tensor that supplied it.
  // After a successful execution exactly the new inputs are bound; after a failed one, binding may
  // have stopped part-way, so the earlier candidates are kept as well.
  std::unordered_map<std::string, std::vector<std::vector<TensorPtr>>> bound_inputs;
};

ModuleHolder& module_from_handle(jlong handle) {
  return *etcts::jni::from_handle<ModuleHolder>(handle, "module");
}

std::string quoted(const std::string& text) {
  return "'" + text + "'";
}

void remember_inputs(ModuleHolder& holder, const std::string& method, const std::vector<TensorPtr>& tensors,
                     bool succeeded) {
  auto& slots = holder.bound_inputs[method];
  if (slots.size() < tensors.size()) {
    slots.resize(tensors.size());
  }
  for (size_t i = 0; i < tensors.size(); ++i) {
    auto& candidates = slots[i];
    if (succeeded) {
      candidates.clear();
    }
    if (tensors[i] != nullptr) {
      bool known = false;
      for (const auto& candidate : candidates) {
        known = known || candidate == tensors[i];
      }
      if (!known) {
        candidates.push_back(tensors[i]);
      }
    }
  }
}

}  // namespace

extern "C" {

JNIEXPORT jlong JNICALL Java_org_etcts_executorch_Module_nativeCreate(JNIEnv* env, jclass, jstring j_path,
                                                                      jint load_mode) {
  ETCTS_API_BEGIN()
  if (load_mode < static_cast<jint>(Module::LoadMode::File) ||
      load_mode > static_cast<jint>(Module::LoadMode::MmapUseMadvise)) {
    // The runtime has no data loader for other values and would crash on the first load.
    throw RuntimeError(Error::InvalidArgument, "create a module with load mode " + std::to_string(load_mode));
  }
  auto holder = std::make_unique<ModuleHolder>();
  holder->file_path = etcts::jni::to_utf8(env, j_path);
  // Lazy: the constructor records the path and mode; the file is first opened by load().
  holder->module = std::make_unique<Module>(holder->file_path, static_cast<Module::LoadMode>(load_mode));
  return etcts::jni::to_handle(holder.release());
  ETCTS_API_END(0)
}

JNIEXPORT void JNICALL Java_org_etcts_executorch_Module_nativeDestroy(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  ModuleHolder* holder = etcts::jni::from_handle<ModuleHolder>(handle, "module");
  // Methods first (they may point at kept inputs), then the inputs.
  holder->module.reset();
  delete holder;
  ETCTS_API_END_VOID()
}

JNIEXPORT void JNICALL Java_org_etcts_executorch_Module_nativeLoad(JNIEnv* env, jclass, jlong handle,
                                                                   jint verification) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  if (verification < 0 || verification > 1) {
    throw RuntimeError(Error::InvalidArgument, "load program " + quoted(holder.file_path) +
                                                   " with verification " + std::to_string(verification));
  }
  etcts::jni::check(holder.module->load(static_cast<executorch::runtime::Program::Verification>(verification)),
                    "load program " + quoted(holder.file_path));
  ETCTS_API_END_VOID()
}

JNIEXPORT void JNICALL Java_org_etcts_executorch_Module_nativeLoadMethod(JNIEnv* env, jclass, jlong handle,
                                                                         jstring j_method) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::check(holder.module->load_method(method), "load method " + quoted(method));
  ETCTS_API_END_VOID()
}

JNIEXPORT jboolean JNICALL Java_org_etcts_executorch_Module_nativeIsLoaded(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  return module_from_handle(handle).module->is_loaded() ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

JNIEXPORT jboolean JNICALL Java_org_etcts_executorch_Module_nativeIsMethodLoaded(JNIEnv* env, jclass, jlong handle,
                                                                                 jstring j_method) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  return holder.module->is_method_loaded(etcts::jni::to_utf8(env, j_method)) ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

JNIEXPORT jobjectArray JNICALL Java_org_etcts_executorch_Module_nativeMethodNames(JNIEnv* env, jclass,
                                                                                  jlong handle) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  auto names = holder.module->method_names();
  if (!names.ok()) {
    throw RuntimeError(names.error(), "read the method names of " + quoted(holder.file_path));
  }
  return etcts::jni::to_string_array(env, std::vector<std::string>(names->begin(), names->end()));
  ETCTS_API_END(nullptr)
}

JNIEXPORT jboolean JNICALL Java_org_etcts_executorch_Module_nativeUnloadMethod(JNIEnv* env, jclass, jlong handle,
                                                                               jstring j_method) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  const bool unloaded = holder.module->unload_method(method);
  holder.bound_inputs.erase(method);  // after the method: it may point at them until it is gone
  return unloaded ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

JNIEXPORT jobjectArray JNICALL Java_org_etcts_executorch_Module_nativeExecute(JNIEnv* env, jclass, jlong handle,
                                                                              jstring j_method, jintArray tags,
                                                                              jlongArray payloads) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::MethodInputs inputs = etcts::jni::inputs_from_java(env, tags, payloads, method);
  auto outputs = holder.module->execute(method, inputs.values);
  remember_inputs(holder, method, inputs.tensors, outputs.ok());
  if (!outputs.ok()) {
    throw RuntimeError(outputs.error(), "execute method " + quoted(method));
  }
  return etcts::jni::outputs_to_java(env, *outputs, method);
  ETCTS_API_END(nullptr)
}

}  // extern "C"
