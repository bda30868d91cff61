// Native half of org.etcts.executorch.Module, over executorch::extension::Module.
#include <jni.h>

#include <memory>
#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_registration.h"
#include "module_holder.h"
#include "value_conversion.h"

namespace {

using etcts::jni::ModuleHolder;
using etcts::jni::module_from_handle;
using etcts::jni::in_quotes;
using etcts::jni::RuntimeError;
using executorch::extension::Module;
using executorch::runtime::Error;

std::vector<std::string> to_strings(JNIEnv* env, jobjectArray array) {
  std::vector<std::string> out;
  if (array == nullptr) {
    return out;
  }
  const jsize count = env->GetArrayLength(array);
  for (jsize i = 0; i < count; ++i) {
    auto item = static_cast<jstring>(env->GetObjectArrayElement(array, i));
    etcts::jni::check_java(env);
    out.push_back(etcts::jni::to_utf8(env, item));
    env->DeleteLocalRef(item);
  }
  return out;
}

jlong JNICALL nativeCreate(JNIEnv* env, jclass, jstring j_path, jobjectArray j_data_files, jint load_mode) {
  ETCTS_API_BEGIN()
  if (load_mode < static_cast<jint>(Module::LoadMode::File) ||
      load_mode > static_cast<jint>(Module::LoadMode::MmapUseMadvise)) {
    // The runtime has no data loader for other values and would crash on the first load.
    throw RuntimeError(Error::InvalidArgument, "create a module with load mode " + std::to_string(load_mode));
  }
  auto holder = std::make_unique<ModuleHolder>();
  holder->file_path = etcts::jni::to_utf8(env, j_path);
  std::vector<std::string> data_files = to_strings(env, j_data_files);
  holder->data_file_paths = data_files;
  const auto mode = static_cast<Module::LoadMode>(load_mode);
  // Lazy: the constructor records the paths and mode; the files are first opened by load().
  holder->module = data_files.empty() ? std::make_unique<Module>(holder->file_path, mode)
                                      : std::make_unique<Module>(holder->file_path, std::move(data_files), mode);
  return etcts::jni::to_handle(holder.release());
  ETCTS_API_END(0)
}

void JNICALL nativeDestroy(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  ModuleHolder* holder = etcts::jni::from_handle<ModuleHolder>(handle, "module");
  // Methods first (they may point at kept inputs), then the inputs.
  holder->module.reset();
  delete holder;
  ETCTS_API_END_VOID()
}

void JNICALL nativeLoad(JNIEnv* env, jclass, jlong handle, jint verification) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  if (verification < 0 || verification > 1) {
    throw RuntimeError(Error::InvalidArgument, "load program " + in_quotes(holder.file_path) +
                                                   " with verification " + std::to_string(verification));
  }
  etcts::jni::check_program_load(
      holder, holder.module->load(static_cast<executorch::runtime::Program::Verification>(verification)));
  ETCTS_API_END_VOID()
}

void JNICALL nativeLoadMethod(JNIEnv* env, jclass, jlong handle, jstring j_method) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::ensure_method_loaded(holder, method);
  ETCTS_API_END_VOID()
}

jboolean JNICALL nativeIsLoaded(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  return module_from_handle(handle).module->is_loaded() ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

jboolean JNICALL nativeIsMethodLoaded(JNIEnv* env, jclass, jlong handle, jstring j_method) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  return holder.module->is_method_loaded(etcts::jni::to_utf8(env, j_method)) ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

jobjectArray JNICALL nativeMethodNames(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  etcts::jni::ensure_program_loaded(holder);
  auto names = holder.module->method_names();
  if (!names.ok()) {
    throw RuntimeError(names.error(), "read the method names of " + in_quotes(holder.file_path));
  }
  return etcts::jni::to_string_array(env, std::vector<std::string>(names->begin(), names->end()));
  ETCTS_API_END(nullptr)
}

jboolean JNICALL nativeUnloadMethod(JNIEnv* env, jclass, jlong handle, jstring j_method) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  const bool unloaded = holder.module->unload_method(method);
  // After the method: it may point at them until it is gone.
  holder.bound_inputs.erase(method);
  holder.bound_outputs.erase(method);
  return unloaded ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

jobjectArray JNICALL nativeExecute(JNIEnv* env, jclass, jlong handle, jstring j_method, jintArray tags,
                                   jlongArray payloads) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::MethodInputs inputs = etcts::jni::inputs_from_java(env, tags, payloads, method);
  etcts::jni::ensure_method_loaded(holder, method);
  auto outputs = holder.module->execute(method, inputs.values);
  auto& slots = holder.bound_inputs[method];
  for (size_t i = 0; i < inputs.tensors.size(); ++i) {
    etcts::jni::retain(slots, i, inputs.tensors[i], outputs.ok());
  }
  if (!outputs.ok()) {
    throw RuntimeError(outputs.error(), "execute method " + in_quotes(method));
  }
  return etcts::jni::outputs_to_java(env, *outputs, method);
  ETCTS_API_END(nullptr)
}

}  // namespace

namespace etcts::jni {

NativeTable module_natives() {
  return {"org/etcts/executorch/Module",
          {
              {"nativeCreate", "(Ljava/lang/String;[Ljava/lang/String;I)J", nativeCreate},
              {"nativeDestroy", "(J)V", nativeDestroy},
              {"nativeLoad", "(JI)V", nativeLoad},
              {"nativeLoadMethod", "(JLjava/lang/String;)V", nativeLoadMethod},
              {"nativeIsLoaded", "(J)Z", nativeIsLoaded},
              {"nativeIsMethodLoaded", "(JLjava/lang/String;)Z", nativeIsMethodLoaded},
              {"nativeMethodNames", "(J)[Ljava/lang/String;", nativeMethodNames},
              {"nativeUnloadMethod", "(JLjava/lang/String;)Z", nativeUnloadMethod},
              {"nativeExecute", "(JLjava/lang/String;[I[J)[Ljava/lang/Object;", nativeExecute},
          }};
}

}  // namespace etcts::jni
