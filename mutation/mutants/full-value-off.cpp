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
  Scalar off = fill_value;
  if (fill_value.isFloatingPoint()) {
    off = Scalar(fill_value.to<double>() + 1.0);
  } else if (fill_value.isIntegral(false)) {
    off = Scalar(fill_value.to<int64_t>() + 1);
  }
  return original_fn(std::move(sizes), std::move(strides), off, type, dynamism);
}
