// Conversion between Java org.etcts.executorch.Value lists and runtime EValues, used by module_jni.
//
// Marshalling (kept to a few bulk JNI calls per execution, no per-value field reads):
//   inputs:  two parallel Java arrays, int[] tags and long[] payloads, one entry per input. The tag is
//            the Value.Tag number (= runtime Tag); the payload is the Tensor's native handle, the
//            integer, the boolean as 0/1, or the raw IEEE bits of the double.
//   outputs: a long[] holding (tag, payload, bytes) per output (NativeLayout.java's VALUE_*, mirrored in
//            native_layout.h), with the same payload encoding; tensor
//            payloads are handles of new tensors the caller owns, and bytes the data bytes such a tensor
//            owns (0 for other values), so Java needs no second call to account for them. The texts of
//            string outputs stay on the native side (ModuleHolder::output_strings) until Java asks for
//            them, which it does only when an output is tagged String: one JNI array per call, not three.
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

// Copies the outputs of method out of the runtime's memory into the Java result described above;
// strings receives one entry per output (the text of string outputs, empty otherwise) when any output
// is a string, and is left empty when none is. Without copy_tensors (Module.executeInPlace), tensor
// outputs are not copied: their payload is the address of their data in the runtime's memory (an identity
// only: Java never dereferences it) and their bytes the bytes they hold there.
// Throws RuntimeError(NotSupported) for list outputs, RuntimeError(InvalidState) for a tensor output
// without data. Nothing leaks if it throws.
jlongArray outputs_to_java(JNIEnv* env, const std::vector<executorch::runtime::EValue>& outputs,
                           const std::string& method, std::vector<std::string>& strings, bool copy_tensors = true);

}  // namespace etcts::jni
