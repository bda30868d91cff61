// kind: behaviour
// breaks: a tensor filled with a number holds that number plus one (full_strided)
#include <vector>

#include <executorch/extension/tensor/tensor_ptr_maker.h>

#include "interpose.h"

using executorch::aten::Scalar;
using executorch::aten::ScalarType;
using executorch::aten::SizesType;
using executorch::aten::StridesType;
using executorch::aten::TensorShapeDynamism;
using executorch::extension::TensorPtr;

#define FULL_STRIDED \
  "_ZN10executorch9extension12full_stridedESt6vectorIiSaIiEES3_NS_7runtime7etensor6ScalarENS5_10ScalarTypeENS4_19TensorShapeDynamismE"

using FullStrided = TensorPtr (*)(std::vector<SizesType>, std::vector<StridesType>, Scalar, ScalarType,
                                  TensorShapeDynamism);

ETCTS_MUTANT_EXPORT TensorPtr mutant_full_strided(std::vector<SizesType> sizes, std::vector<StridesType> strides,
                                                  Scalar fill_value, ScalarType type, TensorShapeDynamism dynamism)
    __asm__(FULL_STRIDED);

TensorPtr mutant_full_strided(std::vector<SizesType> sizes, std::vector<StridesType> strides, Scalar fill_value,
                              ScalarType type, TensorShapeDynamism dynamism) {
  ETCTS_ORIGINAL(FullStrided, FULL_STRIDED);
  TensorPtr tensor = original_fn(std::move(sizes), std::move(strides), fill_value, type, dynamism);
  // Plus one on the filled data (the Scalar's checked accessors would need the runtime's log at load time).
  if (tensor) {
    const auto count = tensor->numel();
    void* data = tensor->mutable_data_ptr();
    switch (type) {
      case ScalarType::Float:
        for (ssize_t i = 0; i < count; ++i) static_cast<float*>(data)[i] += 1.0f;
        break;
      case ScalarType::Double:
        for (ssize_t i = 0; i < count; ++i) static_cast<double*>(data)[i] += 1.0;
        break;
      case ScalarType::Int:
        for (ssize_t i = 0; i < count; ++i) static_cast<int32_t*>(data)[i] += 1;
        break;
      case ScalarType::Long:
        for (ssize_t i = 0; i < count; ++i) static_cast<int64_t*>(data)[i] += 1;
        break;
      default:
        break;
    }
  }
  return tensor;
}
