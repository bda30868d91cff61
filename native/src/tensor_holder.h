// The native object behind a Java Tensor: a TensorPtr. Whatever keeps the tensor's data alive (an
// owned byte vector for copies, a JNI global reference to the caller's direct ByteBuffer for
// no-copy tensors) is captured by the TensorPtr's deleter, so the data lives exactly as long as the
// last TensorPtr sharing it: the Java Tensor's, or a Module's copy of an input it may still read.
#pragma once

#include <jni.h>

#include <cstdint>
#include <vector>

#include "jni_boundary.h"
#include "native_layout.h"

namespace etcts::jni {

struct TensorHolder {
  executorch::extension::TensorPtr tensor;
};

// A tensor's metadata as Java's Tensor.Metadata reads it: [dataType, dynamism, rank, byteCount,
// sizes[rank], strides[rank], dimOrder[rank]].
inline std::vector<int64_t> packed_metadata(const executorch::aten::Tensor& tensor) {
  const size_t rank = static_cast<size_t>(tensor.dim());
  std::vector<int64_t> packed(layout::TENSOR_SIZES + 3 * rank);
  packed[layout::TENSOR_DATA_TYPE] = static_cast<int64_t>(tensor.scalar_type());
  packed[layout::TENSOR_DYNAMISM] = static_cast<int64_t>(tensor.shape_dynamism());
  packed[layout::TENSOR_RANK] = static_cast<int64_t>(rank);
  packed[layout::TENSOR_BYTE_COUNT] = static_cast<int64_t>(tensor.nbytes());
  for (size_t d = 0; d < rank; ++d) {
    packed[layout::TENSOR_SIZES + d] = tensor.sizes()[d];
    packed[layout::TENSOR_SIZES + rank + d] = tensor.strides()[d];
    packed[layout::TENSOR_SIZES + 2 * rank + d] = tensor.dim_order()[d];
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
