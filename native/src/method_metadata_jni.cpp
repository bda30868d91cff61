// Native half of org.etcts.executorch.Module#methodMetadata: the runtime's MethodMeta of one method,
// read from the program (the method is not loaded), packed for MethodMetadata.fromNative.
//
// Packing (one Object[] of 8 entries):
//   [0] String   the method name
//   [1] int[]    input tags, raw runtime Tag numbers
//   [2] int[]    output tags
//   [3] long[]   tensor records: inputs, then outputs, then attributes. Each record is
//                {kind (0 input, 1 output, 2 attribute), index, scalar type, memory planned 0/1, nbytes,
//                 rank, sizes[rank], dim order[rank]}
//   [4] String[] the name of each tensor record, in record order
//   [5] long[]   memory-planned buffer sizes
//   [6] String[] backend names
//   [7] long[]   {instruction count}
#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_registration.h"
#include "module_holder.h"

namespace {

using etcts::jni::quoted;
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
  records.push_back(kind);
  records.push_back(static_cast<int64_t>(index));
  records.push_back(static_cast<int64_t>(info.scalar_type()));
  records.push_back(info.is_memory_planned() ? 1 : 0);
  records.push_back(static_cast<int64_t>(info.nbytes()));
  const auto sizes = info.sizes();
  const auto order = info.dim_order();
  records.push_back(static_cast<int64_t>(sizes.size()));
  for (const int32_t size : sizes) {
    records.push_back(size);
  }
  // Runtime metadata is checked to have one dim order entry per dimension; pad defensively.
  for (size_t d = 0; d < sizes.size(); ++d) {
    records.push_back(d < order.size() ? static_cast<int64_t>(order[d]) : -1);
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
                             std::to_string(i) + " of method " + quoted(method);
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

}  // namespace

namespace {

jobjectArray JNICALL nativeMethodMetadata(JNIEnv* env, jclass,
                                                                                     jlong handle,
                                                                                     jstring j_method) {
  ETCTS_API_BEGIN()
  auto& holder = etcts::jni::module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::ensure_program_loaded(holder);
  const MethodMeta meta = unwrap(holder.module->method_meta(method), "read the metadata of method " + quoted(method));

  std::vector<int64_t> records;
  std::vector<std::string> names;
  using executorch::runtime::Tag;
  for (size_t i = 0; i < meta.num_inputs(); ++i) {
    if (unwrap(meta.input_tag(i), "read input tag") == Tag::Tensor) {
      append_tensor(records, names, 0, i,
                    unwrap(meta.input_tensor_meta(i), "read input tensor " + std::to_string(i) + " of " + method));
    }
  }
  for (size_t i = 0; i < meta.num_outputs(); ++i) {
    if (unwrap(meta.output_tag(i), "read output tag") == Tag::Tensor) {
      append_tensor(records, names, 1, i,
                    unwrap(meta.output_tensor_meta(i), "read output tensor " + std::to_string(i) + " of " + method));
    }
  }
  for (size_t i = 0; i < meta.num_attributes(); ++i) {
    append_tensor(records, names, 2, i,
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

  jobjectArray result = etcts::jni::new_object_array(env, 8);
  const auto put = [&](jsize slot, jobject value) { etcts::jni::set_element(env, result, slot, value); };
  put(0, etcts::jni::to_jstring(env, meta.name() == nullptr ? "" : meta.name()));
  put(1, tags_to_java(env, meta, true, method));
  put(2, tags_to_java(env, meta, false, method));
  put(3, etcts::jni::to_jlong_array(env, records));
  put(4, etcts::jni::to_string_array(env, names));
  put(5, etcts::jni::to_jlong_array(env, buffer_sizes));
  put(6, etcts::jni::to_string_array(env, backends));
  put(7, etcts::jni::to_jlong_array(env, {static_cast<int64_t>(instruction_count(meta))}));
  return result;
  ETCTS_API_END(nullptr)
}

jlong JNICALL nativePlannedBytes(JNIEnv* env, jclass, jlong handle,
                                                                           jstring j_method) {
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
