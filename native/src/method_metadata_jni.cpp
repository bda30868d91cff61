// Native half of org.etcts.executorch.Module#methodMetadata: the runtime's MethodMeta of one method,
// read from the program (the method is not loaded), packed for MethodMetadata.fromNative.
//
// Packed as NativeLayout.java states (METHOD_* slots, RECORD_* tensor records; native_layout.h).
#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_layout.h"
#include "native_registration.h"
#include "module_holder.h"

namespace {

using etcts::jni::in_quotes;
using etcts::jni::RuntimeError;
using executorch::runtime::Error;
using executorch::runtime::MethodMeta;
using executorch::runtime::TensorInfo;

template <typename T>
T unwrap(executorch::runtime::Result<T>&& result, const std::string& what) {
  if (!result.ok()) {
    throw RuntimeError(result.error(), what);
  }
  return std::move(*result);
}

void append_tensor(std::vector<int64_t>& records, std::vector<std::string>& names, int64_t kind, size_t index,
                   const TensorInfo& info) {
  namespace layout = etcts::jni::layout;
  const auto sizes = info.sizes();
  const auto order = info.dim_order();
  const size_t rank = sizes.size();
  const size_t at = records.size();
  records.resize(at + layout::RECORD_SIZES + 2 * rank);
  records[at + layout::RECORD_KIND] = kind;
  records[at + layout::RECORD_INDEX] = static_cast<int64_t>(index);
  records[at + layout::RECORD_DATA_TYPE] = static_cast<int64_t>(info.scalar_type());
  records[at + layout::RECORD_MEMORY_PLANNED] = info.is_memory_planned() ? 1 : 0;
  records[at + layout::RECORD_BYTE_COUNT] = static_cast<int64_t>(info.nbytes());
  records[at + layout::RECORD_RANK] = static_cast<int64_t>(rank);
  for (size_t d = 0; d < rank; ++d) {
    records[at + layout::RECORD_SIZES + d] = sizes[d];
    // Runtime metadata is checked to have one dim order entry per dimension; pad defensively.
    records[at + layout::RECORD_SIZES + rank + d] = d < order.size() ? static_cast<int64_t>(order[d]) : -1;
  }
  names.emplace_back(info.name().data(), info.name().size());
}

// num_instructions() is marked experimental (deprecated attribute) in the runtime; the documented
// API exposes it as instructionCount, so the warning is silenced for this one call.
size_t instruction_count(const MethodMeta& meta) {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
  return meta.num_instructions();
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
}

jintArray tags_to_java(JNIEnv* env, const MethodMeta& meta, bool inputs, const std::string& method) {
  const size_t count = inputs ? meta.num_inputs() : meta.num_outputs();
  std::vector<jint> tags(count);
  for (size_t i = 0; i < count; ++i) {
    const std::string what = std::string("read the tag of ") + (inputs ? "input " : "output ") +
                             std::to_string(i) + " of method " + in_quotes(method);
    tags[i] = static_cast<jint>(unwrap(inputs ? meta.input_tag(i) : meta.output_tag(i), what));
  }
  jintArray array = env->NewIntArray(static_cast<jsize>(count));
  if (array == nullptr) {
    throw etcts::jni::JavaExceptionPending{};
  }
  env->SetIntArrayRegion(array, 0, static_cast<jsize>(count), tags.data());
  etcts::jni::check_java(env);
  return array;
}

jobjectArray JNICALL nativeMethodMetadata(JNIEnv* env, jclass, jlong handle, jstring j_method) {
  ETCTS_API_BEGIN()
  auto& holder = etcts::jni::module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::ensure_program_loaded(holder);
  const MethodMeta meta = unwrap(holder.module->method_meta(method), "read the metadata of method " + in_quotes(method));

  std::vector<int64_t> records;
  std::vector<std::string> names;
  using executorch::runtime::Tag;
  for (size_t i = 0; i < meta.num_inputs(); ++i) {
    if (unwrap(meta.input_tag(i), "read input tag") == Tag::Tensor) {
      append_tensor(records, names, etcts::jni::layout::RECORD_INPUT, i,
                    unwrap(meta.input_tensor_meta(i), "read input tensor " + std::to_string(i) + " of " + method));
    }
  }
  for (size_t i = 0; i < meta.num_outputs(); ++i) {
    if (unwrap(meta.output_tag(i), "read output tag") == Tag::Tensor) {
      append_tensor(records, names, etcts::jni::layout::RECORD_OUTPUT, i,
                    unwrap(meta.output_tensor_meta(i), "read output tensor " + std::to_string(i) + " of " + method));
    }
  }
  for (size_t i = 0; i < meta.num_attributes(); ++i) {
    append_tensor(records, names, etcts::jni::layout::RECORD_ATTRIBUTE, i,
                  unwrap(meta.attribute_tensor_meta(i), "read attribute tensor " + std::to_string(i) + " of " + method));
  }
  std::vector<int64_t> buffer_sizes;
  for (size_t i = 0; i < meta.num_memory_planned_buffers(); ++i) {
    buffer_sizes.push_back(unwrap(meta.memory_planned_buffer_size(i), "read planned buffer size"));
  }
  std::vector<std::string> backends;
  for (size_t i = 0; i < meta.num_backends(); ++i) {
    const char* name = unwrap(meta.get_backend_name(i), "read backend name " + std::to_string(i) + " of " + method);
    backends.emplace_back(name == nullptr ? "" : name);
  }

  namespace layout = etcts::jni::layout;
  jobjectArray result = etcts::jni::new_object_array(env, layout::METHOD_SLOTS);
  const auto put = [&](jsize slot, jobject value) { etcts::jni::set_element(env, result, slot, value); };
  put(layout::METHOD_NAME, etcts::jni::to_jstring(env, meta.name() == nullptr ? "" : meta.name()));
  put(layout::METHOD_INPUT_TAGS, tags_to_java(env, meta, true, method));
  put(layout::METHOD_OUTPUT_TAGS, tags_to_java(env, meta, false, method));
  put(layout::METHOD_TENSOR_RECORDS, etcts::jni::to_jlong_array(env, records));
  put(layout::METHOD_TENSOR_NAMES, etcts::jni::to_string_array(env, names));
  put(layout::METHOD_BUFFER_SIZES, etcts::jni::to_jlong_array(env, buffer_sizes));
  put(layout::METHOD_BACKENDS, etcts::jni::to_string_array(env, backends));
  put(layout::METHOD_INSTRUCTIONS, etcts::jni::to_jlong_array(env, {static_cast<int64_t>(instruction_count(meta))}));
  return result;
  ETCTS_API_END(nullptr)
}

jlong JNICALL nativePlannedBytes(JNIEnv* env, jclass, jlong handle, jstring j_method) {
  ETCTS_API_BEGIN()
  auto& holder = etcts::jni::module_from_handle(handle);
  const auto meta = holder.module->method_meta(etcts::jni::to_utf8(env, j_method));
  if (!meta.ok()) {
    return 0;
  }
  jlong total = 0;
  for (size_t i = 0; i < meta->num_memory_planned_buffers(); ++i) {
    const auto size = meta->memory_planned_buffer_size(i);
    if (size.ok()) {
      total += static_cast<jlong>(*size);
    }
  }
  return total;
  ETCTS_API_END(0)
}

}  // namespace

namespace etcts::jni {

NativeTable method_metadata_natives() {
  return {"org/etcts/executorch/Module",
          {
              {"nativeMethodMetadata", "(JLjava/lang/String;)[Ljava/lang/Object;", nativeMethodMetadata},
              {"nativePlannedBytes", "(JLjava/lang/String;)J", nativePlannedBytes},
          }};
}

}  // namespace etcts::jni
