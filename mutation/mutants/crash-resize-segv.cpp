// kind: crash
// breaks: resizing a tensor dies with SIGSEGV (a write through a null pointer in resize_tensor_ptr)
#include <vector>

#include <executorch/extension/tensor/tensor_ptr.h>

#include "interpose.h"

using executorch::extension::TensorPtr;
using executorch::runtime::Error;
using Sizes = std::vector<executorch::aten::SizesType>;

ETCTS_MUTANT_EXPORT Error mutant_resize_tensor_ptr(TensorPtr& tensor, const Sizes& sizes) __asm__("_ZN10executorch9extension17resize_tensor_ptrERSt10shared_ptrINS_7runtime7etensor6TensorEERKSt6vectorIiSaIiEE");

Error mutant_resize_tensor_ptr(TensorPtr&, const Sizes& sizes) {
  volatile int* nowhere = nullptr;
  *nowhere = static_cast<int>(sizes.size());
  return Error::Internal;
}
