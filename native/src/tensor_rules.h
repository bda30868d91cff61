// Preconditions of the runtime's tensor functions that abort the process instead of returning an
// error. Java checks them first (TensorRules.java) and reports IllegalArgumentException; these
// repeat the checks so that a gap on the Java side becomes ExecuTorchException(InvalidArgument)
// rather than a dead JVM.
#pragma once

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "jni_boundary.h"

namespace etcts::jni {

// The element types the runtime's fill, random and cast loops switch over (REALHBBF16: the real
// types plus Half, Bool and BFloat16); any other type aborts in those loops.
inline bool is_computable_type(executorch::aten::ScalarType type) {
  using executorch::aten::ScalarType;
  switch (type) {
    case ScalarType::Byte:
    case ScalarType::Char:
    case ScalarType::Short:
    case ScalarType::Int:
    case ScalarType::Long:
    case ScalarType::Half:
    case ScalarType::Float:
    case ScalarType::Double:
    case ScalarType::Bool:
    case ScalarType::BFloat16:
      return true;
    default:
      return false;
  }
}

inline executorch::aten::ScalarType scalar_type_from_java(jint number) {
  if (number < 0 || number > static_cast<jint>(executorch::aten::ScalarType::UInt64)) {
    throw RuntimeError(executorch::runtime::Error::InvalidArgument,
                       "use element type " + std::to_string(number) + ", which is not a ScalarType");
  }
  return static_cast<executorch::aten::ScalarType>(number);
}

inline executorch::aten::TensorShapeDynamism dynamism_from_java(jint number) {
  if (number < 0 || number > 2) {
    throw RuntimeError(executorch::runtime::Error::InvalidArgument,
                       "use shape dynamism " + std::to_string(number) + ", which is not a TensorShapeDynamism");
  }
  return static_cast<executorch::aten::TensorShapeDynamism>(number);
}

// Sizes for a new tensor: at most 16 non-negative dimensions whose element count fits 32 bits.
inline std::vector<executorch::aten::SizesType> checked_sizes(const std::vector<int32_t>& sizes,
                                                              const std::string& what) {
  if (sizes.size() > 16) {
    throw RuntimeError(executorch::runtime::Error::InvalidArgument, what + " (more than 16 dimensions)");
  }
  int64_t count = 1;
  for (const int32_t size : sizes) {
    if (size < 0) {
      throw RuntimeError(executorch::runtime::Error::InvalidArgument, what + " (negative size)");
    }
    count *= size;
    if (count > INT32_MAX) {
      throw RuntimeError(executorch::runtime::Error::InvalidArgument, what + " (too many elements)");
    }
  }
  return {sizes.begin(), sizes.end()};
}

// A dimension order and strides for sizes, as the runtime's make_tensor_ptr accepts them (it aborts
// otherwise): the order empty or a permutation of 0..rank-1; the strides empty, or the dense strides
// of that order (identity when empty; a size-0 dimension does not multiply the strides outside it),
// any stride being accepted for a size-1 dimension. Throws RuntimeError(InvalidArgument).
inline void check_layout(const std::vector<executorch::aten::SizesType>& sizes, const std::vector<int32_t>& order,
                         const std::vector<int32_t>& strides, const std::string& what) {
  const size_t rank = sizes.size();
  const auto invalid = [&](const char* why) {
    throw RuntimeError(executorch::runtime::Error::InvalidArgument, what + " (" + why + ")");
  };
  std::vector<int32_t> effective(rank);
  std::iota(effective.begin(), effective.end(), 0);
  if (!order.empty()) {
    if (order.size() != rank) {
      invalid("dimension order length differs from the rank");
    }
    std::vector<bool> seen(rank, false);
    for (const int32_t d : order) {
      if (d < 0 || static_cast<size_t>(d) >= rank || seen[d]) {
        invalid("dimension order is not a permutation");
      }
      seen[d] = true;
    }
    effective = order;
  }
  if (strides.empty()) {
    return;
  }
  if (strides.size() != rank) {
    invalid("strides length differs from the rank");
  }
  int64_t expected = 1;
  for (size_t k = rank; k-- > 0;) {
    const int32_t d = effective[k];
    if (strides[d] != expected && sizes[d] != 1) {
      invalid("strides are not the dense strides of the dimension order");
    }
    expected *= sizes[d] == 0 ? 1 : sizes[d];
    if (expected > INT32_MAX) {
      expected = INT32_MAX + int64_t{1};  // no valid stride is this large; keeps the product bounded
    }
  }
}

// The runtime's *_like factories pass only the source's sizes and strides; the new tensor's
// dimension order is derived by sorting the strides (descending), and the runtime aborts unless
// the strides computed back from that order equal the given ones. That fails for some layouts with
// size-1 dimensions (sizes [1, 2] in dimension order [1, 0]). This reproduces the derivation.
inline bool layout_derivable_from_strides(const executorch::aten::Tensor& tensor) {
  const size_t rank = static_cast<size_t>(tensor.dim());
  std::vector<executorch::aten::DimOrderType> order(rank);
  std::iota(order.begin(), order.end(), 0);
  const auto strides = tensor.strides();
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return strides[a] > strides[b]; });
  std::vector<executorch::aten::StridesType> computed(rank);
  if (executorch::runtime::dim_order_to_stride(tensor.sizes().data(), order.data(), rank, computed.data()) !=
      executorch::runtime::Error::Ok) {
    return false;
  }
  return std::equal(computed.begin(), computed.end(), strides.begin());
}

}  // namespace etcts::jni
