// Native half of the backend-options methods of org.etcts.executorch.Module: load with a
// LoadBackendOptionsMap, load a method with one, and read back the options the module stored.
#include <jni.h>

#include <string>
#include <vector>

#include "backend_options_holder.h"
#include "jni_boundary.h"
#include "native_layout.h"
#include "native_registration.h"
#include "module_holder.h"

namespace {

using etcts::jni::backend_options_from_handle;
using etcts::jni::module_from_handle;
using etcts::jni::ModuleHolder;
using etcts::jni::in_quotes;
using etcts::jni::RuntimeError;
using executorch::runtime::BackendOption;
using executorch::runtime::Error;

jintArray to_jint_array(JNIEnv* env, const std::vector<int32_t>& values) {
  jintArray array = env->NewIntArray(static_cast<jsize>(values.size()));
  if (array == nullptr) {
    throw etcts::jni::JavaExceptionPending{};
  }
  env->SetIntArrayRegion(array, 0, static_cast<jsize>(values.size()), values.data());
  etcts::jni::check_java(env);
  return array;
}

void JNICALL nativeLoadWithOptions(JNIEnv* env, jclass, jlong handle, jlong options_handle, jint verification) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  auto& options = backend_options_from_handle(options_handle);
  if (verification < 0 || verification > 1) {
    throw RuntimeError(Error::InvalidArgument, "load program " + in_quotes(holder.file_path) +
                                                   " with verification " + std::to_string(verification));
  }
  etcts::jni::check(
      holder.module->load(options.map, static_cast<executorch::runtime::Program::Verification>(verification)),
      "load program " + in_quotes(holder.file_path) + " with backend options");
  ETCTS_API_END_VOID()
}

void JNICALL nativeLoadMethodWithOptions(JNIEnv* env, jclass, jlong handle, jstring j_method, jlong options_handle) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  auto& options = backend_options_from_handle(options_handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::check(holder.module->load_method(method, nullptr, nullptr, &options.map),
                    "load method " + in_quotes(method) + " with backend options");
  ETCTS_API_END_VOID()
}

// The options the module stored at its last load with options, packed as NativeLayout.java states
// (OPTIONS_* slots, OPTION_* types; native_layout.h) for BackendOptionsMap.unpack.
jobjectArray JNICALL nativeBackendOptions(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  const auto& map = module_from_handle(handle).module->backend_options();
  std::vector<std::string> ids;
  std::vector<int32_t> counts;
  std::vector<std::string> keys;
  std::vector<int32_t> types;
  std::vector<int64_t> numbers;
  std::vector<std::string> strings;
  for (size_t b = 0; b < map.size(); ++b) {
    const auto entry = map.entry_at(b);
    ids.emplace_back(entry.backend_id == nullptr ? "" : entry.backend_id);
    counts.push_back(static_cast<int32_t>(entry.options.size()));
    for (const BackendOption& option : entry.options) {
      keys.emplace_back(option.key);
      if (const bool* flag = std::get_if<bool>(&option.value)) {
        types.push_back(etcts::jni::layout::OPTION_BOOLEAN);
        numbers.push_back(*flag ? 1 : 0);
        strings.emplace_back();
      } else if (const int* number = std::get_if<int>(&option.value)) {
        types.push_back(etcts::jni::layout::OPTION_INTEGER);
        numbers.push_back(*number);
        strings.emplace_back();
      } else {
        const auto& text = std::get<std::array<char, executorch::runtime::kMaxOptionValueLength>>(option.value);
        types.push_back(etcts::jni::layout::OPTION_STRING);
        numbers.push_back(0);
        strings.emplace_back(text.data());
      }
    }
  }
  namespace layout = etcts::jni::layout;
  jobjectArray result = etcts::jni::new_object_array(env, layout::OPTIONS_SLOTS);
  const auto put = [&](jsize slot, jobject value) { etcts::jni::set_element(env, result, slot, value); };
  put(layout::OPTIONS_BACKEND_IDS, etcts::jni::to_string_array(env, ids));
  put(layout::OPTIONS_COUNTS, to_jint_array(env, counts));
  put(layout::OPTIONS_KEYS, etcts::jni::to_string_array(env, keys));
  put(layout::OPTIONS_TYPES, to_jint_array(env, types));
  put(layout::OPTIONS_NUMBERS, etcts::jni::to_jlong_array(env, numbers));
  put(layout::OPTIONS_STRINGS, etcts::jni::to_string_array(env, strings));
  return result;
  ETCTS_API_END(nullptr)
}

}  // namespace

namespace etcts::jni {

NativeTable module_options_natives() {
  return {"org/etcts/executorch/Module",
          {
              {"nativeLoadWithOptions", "(JJI)V", nativeLoadWithOptions},
              {"nativeLoadMethodWithOptions", "(JLjava/lang/String;J)V", nativeLoadMethodWithOptions},
              {"nativeBackendOptions", "(J)[Ljava/lang/Object;", nativeBackendOptions},
          }};
}

}  // namespace etcts::jni
