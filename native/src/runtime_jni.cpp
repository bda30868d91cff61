// Native half of org.etcts.executorch.Runtime: what the linked ExecuTorch build registered.
#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_registration.h"

#ifndef ETCTS_EXECUTORCH_VERSION
#error "ETCTS_EXECUTORCH_VERSION must be defined by the build (the ExecuTorch version linked against)"
#endif

namespace {

using etcts::jni::RuntimeError;
using executorch::runtime::Error;

jstring JNICALL nativeVersion(JNIEnv* env, jclass) {
  ETCTS_API_BEGIN()
  return etcts::jni::to_jstring(env, ETCTS_EXECUTORCH_VERSION);
  ETCTS_API_END(nullptr)
}

jobjectArray JNICALL nativeRegisteredBackends(JNIEnv* env, jclass) {
  ETCTS_API_BEGIN()
  std::vector<std::string> names;
  const size_t count = executorch::runtime::get_num_registered_backends();
  for (size_t i = 0; i < count; ++i) {
    auto name = executorch::runtime::get_backend_name(i);
    if (!name.ok()) {
      throw RuntimeError(name.error(), "read the name of registered backend " + std::to_string(i));
    }
    names.emplace_back(*name == nullptr ? "" : *name);
  }
  return etcts::jni::to_string_array(env, names);
  ETCTS_API_END(nullptr)
}

jboolean JNICALL nativeIsBackendRegistered(JNIEnv* env, jclass, jstring j_name) {
  ETCTS_API_BEGIN()
  const std::string name = etcts::jni::to_utf8(env, j_name);
  return executorch::runtime::get_backend_class(name.c_str()) != nullptr ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

jboolean JNICALL nativeIsBackendAvailable(JNIEnv* env, jclass, jstring j_name) {
  ETCTS_API_BEGIN()
  const std::string name = etcts::jni::to_utf8(env, j_name);
  auto* backend = executorch::runtime::get_backend_class(name.c_str());
  return backend != nullptr && backend->is_available() ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

jint JNICALL nativeRegisteredKernelCount(JNIEnv* env, jclass) {
  ETCTS_API_BEGIN()
  return static_cast<jint>(executorch::runtime::get_registered_kernels().size());
  ETCTS_API_END(0)
}

jobjectArray JNICALL nativeRegisteredKernelNames(JNIEnv* env, jclass) {
  ETCTS_API_BEGIN()
  const auto kernels = executorch::runtime::get_registered_kernels();
  std::vector<std::string> names;
  names.reserve(kernels.size());
  for (const auto& kernel : kernels) {
    names.emplace_back(kernel.name_ == nullptr ? "" : kernel.name_);
  }
  return etcts::jni::to_string_array(env, names);
  ETCTS_API_END(nullptr)
}

jint JNICALL nativeElementSize(JNIEnv* env, jclass, jint type) {
  ETCTS_API_BEGIN()
  if (type < 0 || type > static_cast<jint>(executorch::aten::ScalarType::UInt64)) {
    // elementSize() aborts on anything else.
    throw RuntimeError(Error::InvalidArgument, "read the element size of ScalarType " + std::to_string(type));
  }
  return static_cast<jint>(executorch::runtime::elementSize(static_cast<executorch::aten::ScalarType>(type)));
  ETCTS_API_END(0)
}

}  // namespace

namespace etcts::jni {

NativeTable runtime_natives() {
  return {"org/etcts/executorch/Runtime",
          {
              {"nativeVersion", "()Ljava/lang/String;", nativeVersion},
              {"nativeRegisteredBackends", "()[Ljava/lang/String;", nativeRegisteredBackends},
              {"nativeIsBackendRegistered", "(Ljava/lang/String;)Z", nativeIsBackendRegistered},
              {"nativeIsBackendAvailable", "(Ljava/lang/String;)Z", nativeIsBackendAvailable},
              {"nativeRegisteredKernelCount", "()I", nativeRegisteredKernelCount},
              {"nativeRegisteredKernelNames", "()[Ljava/lang/String;", nativeRegisteredKernelNames},
              {"nativeElementSize", "(I)I", nativeElementSize},
          }};
}

}  // namespace etcts::jni
