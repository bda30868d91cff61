// kind: behaviour
// breaks: random integers are drawn from the range asked for shifted up by 100 (randint_strided)
#include <vector>

#include <executorch/extension/tensor/tensor_ptr_maker.h>

#include "interpose.h"

using executorch::aten::ScalarType;
using executorch::aten::SizesType;
using executorch::aten::StridesType;
using executorch::aten::TensorShapeDynamism;
using executorch::extension::TensorPtr;

#define RANDINT_STRIDED \
  "_ZN10executorch9extension15randint_stridedEllSt6vectorIiSaIiEES3_NS_7runtime7etensor10ScalarTypeENS4_19TensorShapeDynamismE"

using RandintStrided = TensorPtr (*)(int64_t, int64_t, std::vector<SizesType>, std::vector<StridesType>, ScalarType,
                                     TensorShapeDynamism);

ETCTS_MUTANT_EXPORT TensorPtr mutant_randint_strided(int64_t low, int64_t high, std::vector<SizesType> sizes,
                                                     std::vector<StridesType> strides, ScalarType type,
                                                     TensorShapeDynamism dynamism) __asm__(RANDINT_STRIDED);

TensorPtr mutant_randint_strided(int64_t low, int64_t high, std::vector<SizesType> sizes,
                                 std::vector<StridesType> strides, ScalarType type, TensorShapeDynamism dynamism) {
  ETCTS_ORIGINAL(RandintStrided, RANDINT_STRIDED);
  return original_fn(low + 100, high + 100, std::move(sizes), std::move(strides), type, dynamism);
}
