// Conversion between Java org.etcts.executorch.Value lists and runtime EValues, used by module_jni.
//
// Marshalling (kept to a few bulk JNI calls per execution, no per-value field reads):
//   inputs:  two parallel Java arrays, int[] tags and long[] payloads, one entry per input. The tag is
//            the Value.Tag number (= runtime Tag); the payload is the Tensor's native handle, the
//            integer, the boolean as 0/1, or the raw IEEE bits of the double.
//   outputs: an Object[] laid out as NativeLayout.java states (OUTPUTS_*, VALUE_*; native_layout.h):
//            (tag, payload) words per output with the same payload encoding, tensor payloads being
//            handles of new tensors the caller owns, and the strings of string outputs.
#pragma once

#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"

namespace etcts::jni {

// Runtime inputs built from the Java arrays. tensors[i] shares ownership of input i's tensor (null
// for non-tensor inputs), so the caller can keep the data alive as long as the runtime may read it.
struct MethodInputs {
  std::vector<executorch::runtime::EValue> values;
  std::vector<executorch::extension::TensorPtr> tensors;
};

// Builds one runtime value from its Java (tag, payload) encoding; for a tensor, tensor receives a
// shared owner of it. what names the value in error messages. Throws RuntimeError(InvalidArgument)
// for a tag that cannot be bound (string, none, lists).
executorch::runtime::EValue value_from_java(int32_t tag, int64_t payload, executorch::extension::TensorPtr& tensor,
                                            const std::string& what);

// Builds the inputs of method from the parallel arrays. Throws RuntimeError(InvalidArgument) for a
// tag that cannot be an input (string, none, lists) or mismatched array lengths.
MethodInputs inputs_from_java(JNIEnv* env, jintArray tags, jlongArray payloads, const std::string& method);

// Copies the outputs of method out of the runtime's memory into the Java result described above.
// Throws RuntimeError(NotSupported) for list outputs, RuntimeError(InvalidState) for a tensor
// output without data. Nothing leaks if it throws.
jobjectArray outputs_to_java(JNIEnv* env, const std::vector<executorch::runtime::EValue>& outputs,
                             const std::string& method);

}  // namespace etcts::jni
