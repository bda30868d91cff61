// kind: behaviour
// breaks: a method's tensor metadata reports 4 bytes more than the tensor holds (TensorInfo::nbytes)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::TensorInfo;

ETCTS_MUTANT_EXPORT size_t mutant_nbytes(const TensorInfo* self) __asm__("_ZNK10executorch7runtime10TensorInfo6nbytesEv");

size_t mutant_nbytes(const TensorInfo* self) {
  ETCTS_ORIGINAL(size_t (*)(const TensorInfo*), "_ZNK10executorch7runtime10TensorInfo6nbytesEv");
  return original_fn(self) + 4;
}
