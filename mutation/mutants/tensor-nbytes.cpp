// kind: behaviour
// breaks: a tensor's byte count is one element short (TensorImpl::nbytes)
#include <executorch/runtime/core/portable_type/tensor_impl.h>

#include "interpose.h"

using executorch::runtime::etensor::TensorImpl;

ETCTS_MUTANT_EXPORT size_t mutant_nbytes(const TensorImpl* self)
    __asm__("_ZNK10executorch7runtime7etensor10TensorImpl6nbytesEv");

size_t mutant_nbytes(const TensorImpl* self) {
  ETCTS_ORIGINAL(size_t (*)(const TensorImpl*), "_ZNK10executorch7runtime7etensor10TensorImpl6nbytesEv");
  const size_t nbytes = original_fn(self);
  // Only header-inline accessors here: a mutant links nothing of the runtime.
  const auto count = self->numel();
  return count > 0 ? nbytes - nbytes / static_cast<size_t>(count) : nbytes;
}
