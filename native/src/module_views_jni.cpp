// Native half of Module.executeInPlace and its OutputViews: an execution whose outputs stay where the
// runtime wrote them (no copy), read through direct buffers until the module's next execution or unload.
// Java enforces that lifetime (a generation count, checked under the module's lock before every read);
// here the outputs are kept in ModuleHolder::in_place_outputs, which every other execution and every
// unload clears, so a stale index is refused rather than read.
#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"
#include "module_holder.h"
#include "native_registration.h"
#include "value_conversion.h"

namespace {

using etcts::jni::ModuleHolder;
using etcts::jni::module_from_handle;
using etcts::jni::RuntimeError;
using executorch::runtime::Error;
using executorch::runtime::EValue;
using executorch::runtime::Tag;

const executorch::aten::Tensor& in_place_tensor(const ModuleHolder& holder, jint index) {
  if (index < 0 || static_cast<size_t>(index) >= holder.in_place_outputs.size() ||
      holder.in_place_outputs[static_cast<size_t>(index)].tag != Tag::Tensor) {
    throw RuntimeError(Error::InvalidState, "read output " + std::to_string(index) +
                                                " in place (no tensor output of the latest executeInPlace there)");
  }
  return holder.in_place_outputs[static_cast<size_t>(index)].toTensor();
}

// Runs like nativeExecute but keeps the outputs where they are; returns (tag, payload, bytes) per output as
// nativeExecute does, with the data's address as the payload of tensors (read through nativeOutputBuffer)
// and their data bytes in the runtime's memory.
jlongArray JNICALL nativeExecuteInPlace(JNIEnv* env, jclass, jlong handle, jstring j_method, jintArray tags,
                                        jlongArray payloads) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  const std::string& method = etcts::jni::method_name(env, holder, j_method);
  std::vector<EValue> outputs = etcts::jni::execute_method(env, holder, method, tags, payloads);
  jlongArray words = etcts::jni::outputs_to_java(env, outputs, method, holder.output_strings, false);
  holder.in_place_outputs = std::move(outputs);
  return words;
  ETCTS_API_END(nullptr)
}

// A direct buffer over output index's data in the runtime's memory; null for an output without bytes.
jobject JNICALL nativeOutputBuffer(JNIEnv* env, jclass, jlong handle, jint index) {
  ETCTS_API_BEGIN()
  const auto& tensor = in_place_tensor(module_from_handle(handle), index);
  const size_t nbytes = tensor.nbytes();
  const void* data = tensor.const_data_ptr();
  if (nbytes == 0) {
    return nullptr;
  }
  if (data == nullptr) {
    throw RuntimeError(Error::InvalidState, "read output " + std::to_string(index) +
                                                " in place (the tensor has no data: not memory-planned and not set)");
  }
  // Java hands it out read-only; the runtime's memory is never written through it.
  jobject buffer = env->NewDirectByteBuffer(const_cast<void*>(data), static_cast<jlong>(nbytes));
  if (buffer == nullptr) {
    etcts::jni::check_java(env);
    throw RuntimeError(Error::NotSupported, "read output " + std::to_string(index) +
                                                " in place (this JVM cannot make direct buffers over native memory)");
  }
  return buffer;
  ETCTS_API_END(nullptr)
}

// Output index's metadata, packed as Tensor's nativeMetadata packs it.
jlongArray JNICALL nativeOutputMetadata(JNIEnv* env, jclass, jlong handle, jint index) {
  ETCTS_API_BEGIN()
  return etcts::jni::to_jlong_array(env, etcts::jni::packed_metadata(in_place_tensor(module_from_handle(handle), index)));
  ETCTS_API_END(nullptr)
}

}  // namespace

namespace etcts::jni {

NativeTable module_views_natives() {
  return {"org/etcts/executorch/Module",
          {
              {"nativeExecuteInPlace", "(JLjava/lang/String;[I[J)[J", nativeExecuteInPlace},
              {"nativeOutputBuffer", "(JI)Ljava/nio/ByteBuffer;", nativeOutputBuffer},
              {"nativeOutputMetadata", "(JI)[J", nativeOutputMetadata},
          }};
}

}  // namespace etcts::jni
