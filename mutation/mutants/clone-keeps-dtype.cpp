// kind: behaviour
// breaks: copying a tensor to another data type keeps the source's data type (clone_tensor_ptr)
#include <executorch/extension/tensor/tensor_ptr.h>

#include "interpose.h"

using executorch::aten::ScalarType;
using executorch::aten::Tensor;
using executorch::extension::TensorPtr;

#define CLONE_TENSOR_PTR "_ZN10executorch9extension16clone_tensor_ptrERKNS_7runtime7etensor6TensorENS2_10ScalarTypeE"

ETCTS_MUTANT_EXPORT TensorPtr mutant_clone_tensor_ptr(const Tensor& tensor, ScalarType type) __asm__(CLONE_TENSOR_PTR);

TensorPtr mutant_clone_tensor_ptr(const Tensor& tensor, ScalarType) {
  ETCTS_ORIGINAL(TensorPtr (*)(const Tensor&, ScalarType), CLONE_TENSOR_PTR);
  return original_fn(tensor, tensor.scalar_type());
}
