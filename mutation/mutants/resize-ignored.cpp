// kind: behaviour
// breaks: resizing a tensor reports success but leaves its shape as it was (resize_tensor_ptr)
#include <vector>

#include <executorch/extension/tensor/tensor_ptr.h>

#include "interpose.h"

using executorch::extension::TensorPtr;
using executorch::runtime::Error;
using Sizes = std::vector<executorch::aten::SizesType>;

ETCTS_MUTANT_EXPORT Error mutant_resize_tensor_ptr(TensorPtr& tensor, const Sizes& sizes) __asm__("_ZN10executorch9extension17resize_tensor_ptrERSt10shared_ptrINS_7runtime7etensor6TensorEERKSt6vectorIiSaIiEE");

Error mutant_resize_tensor_ptr(TensorPtr&, const Sizes&) {
  return Error::Ok;
}
