// The native object behind a Java Tensor: a TensorPtr. Whatever keeps the tensor's data alive (an
// owned byte vector for copies, a JNI global reference to the caller's direct ByteBuffer for
// no-copy tensors) is captured by the TensorPtr's deleter, so the data lives exactly as long as the
// last TensorPtr sharing it: the Java Tensor's, or a Module's copy of an input it may still read.
#pragma once

#include <jni.h>

#include "jni_boundary.h"

namespace etcts::jni {

struct TensorHolder {
  executorch::extension::TensorPtr tensor;
};

inline TensorHolder& tensor_from_handle(jlong handle) {
  TensorHolder* holder = from_handle<TensorHolder>(handle, "tensor");
  if (holder->tensor == nullptr) {
    throw RuntimeError(executorch::runtime::Error::InvalidState, "use a tensor handle without a tensor");
  }
  return *holder;
}

}  // namespace etcts::jni
