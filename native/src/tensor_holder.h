// The native object behind a Java Tensor: a TensorPtr. Whatever keeps the tensor's data alive (an
// owned byte vector for copies, a JNI global reference to the caller's direct ByteBuffer for
// no-copy tensors) is captured by the TensorPtr's deleter, so the data lives exactly as long as the
// last TensorPtr sharing it: the Java Tensor's, or a Module's copy of an input it may still read.
#pragma once

#include <jni.h>

#include <cstdint>
#include <vector>

#include "jni_boundary.h"

namespace etcts::jni {

struct TensorHolder {
  executorch::extension::TensorPtr tensor;
};

// A tensor's metadata as Java's Tensor.Metadata reads it: [dataType, dynamism, rank, byteCount,
// sizes[rank], strides[rank], dimOrder[rank]].
inline std::vector<int64_t> packed_metadata(const executorch::aten::Tensor& tensor) {
  const size_t rank = static_cast<size_t>(tensor.dim());
  std::vector<int64_t> packed;
  packed.reserve(4 + 3 * rank);
  packed.push_back(static_cast<int64_t>(tensor.scalar_type()));
  packed.push_back(static_cast<int64_t>(tensor.shape_dynamism()));
  packed.push_back(static_cast<int64_t>(rank));
  packed.push_back(static_cast<int64_t>(tensor.nbytes()));
  for (const auto size : tensor.sizes()) {
    packed.push_back(size);
  }
  for (const auto stride : tensor.strides()) {
    packed.push_back(stride);
  }
  for (const auto dim : tensor.dim_order()) {
    packed.push_back(dim);
  }
  return packed;
}

inline TensorHolder& tensor_from_handle(jlong handle) {
  TensorHolder* holder = from_handle<TensorHolder>(handle, "tensor");
  if (holder->tensor == nullptr) {
    throw RuntimeError(executorch::runtime::Error::InvalidState, "use a tensor handle without a tensor");
  }
  return *holder;
}

}  // namespace etcts::jni
