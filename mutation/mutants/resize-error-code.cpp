// kind: behaviour
// breaks: a refused resize fails with Internal instead of the runtime's own error code (resize_tensor_ptr)
#include <vector>

#include <executorch/extension/tensor/tensor_ptr.h>

#include "interpose.h"

using executorch::extension::TensorPtr;
using executorch::runtime::Error;
using Sizes = std::vector<executorch::aten::SizesType>;

ETCTS_MUTANT_EXPORT Error mutant_resize_tensor_ptr(TensorPtr& tensor, const Sizes& sizes) __asm__("_ZN10executorch9extension17resize_tensor_ptrERSt10shared_ptrINS_7runtime7etensor6TensorEERKSt6vectorIiSaIiEE");

Error mutant_resize_tensor_ptr(TensorPtr& tensor, const Sizes& sizes) {
  ETCTS_ORIGINAL(Error (*)(TensorPtr&, const Sizes&), "_ZN10executorch9extension17resize_tensor_ptrERSt10shared_ptrINS_7runtime7etensor6TensorEERKSt6vectorIiSaIiEE");
  const Error error = original_fn(tensor, sizes);
  return error == Error::Ok ? error : Error::Internal;
}
