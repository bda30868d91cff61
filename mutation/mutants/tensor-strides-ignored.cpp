// kind: behaviour
// breaks: a tensor made over existing data ignores the strides and dimension order it is given (make_tensor_ptr)
#include <functional>
#include <vector>

#include <executorch/extension/tensor/tensor_ptr.h>

#include "interpose.h"

using executorch::aten::Device;
using executorch::aten::DimOrderType;
using executorch::aten::ScalarType;
using executorch::aten::SizesType;
using executorch::aten::StridesType;
using executorch::aten::TensorShapeDynamism;
using executorch::extension::TensorPtr;

#define MAKE_TENSOR_PTR \
  "_ZN10executorch9extension15make_tensor_ptrESt6vectorIiSaIiEEPvS1_IhSaIhEES3_NS_7runtime7etensor10ScalarTypeENS8_6DeviceENS7_19TensorShapeDynamismESt8functionIFvS4_EE"

using MakeTensorPtr = TensorPtr (*)(std::vector<SizesType>, void*, std::vector<DimOrderType>, std::vector<StridesType>,
                                    ScalarType, Device, TensorShapeDynamism, std::function<void(void*)>);

ETCTS_MUTANT_EXPORT TensorPtr mutant_make_tensor_ptr(std::vector<SizesType> sizes, void* data,
                                                     std::vector<DimOrderType> dim_order,
                                                     std::vector<StridesType> strides, ScalarType type, Device device,
                                                     TensorShapeDynamism dynamism, std::function<void(void*)> deleter)
    __asm__(MAKE_TENSOR_PTR);

TensorPtr mutant_make_tensor_ptr(std::vector<SizesType> sizes, void* data, std::vector<DimOrderType>,
                                 std::vector<StridesType>, ScalarType type, Device device, TensorShapeDynamism dynamism,
                                 std::function<void(void*)> deleter) {
  ETCTS_ORIGINAL(MakeTensorPtr, MAKE_TENSOR_PTR);
  return original_fn(std::move(sizes), data, {}, {}, type, device, dynamism, std::move(deleter));
}
