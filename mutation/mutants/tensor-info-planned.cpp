// kind: behaviour
// breaks: a method's tensor metadata inverts whether a tensor is memory-planned (TensorInfo::is_memory_planned)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::TensorInfo;

ETCTS_MUTANT_EXPORT bool mutant_is_memory_planned(const TensorInfo* self)
    __asm__("_ZNK10executorch7runtime10TensorInfo17is_memory_plannedEv");

bool mutant_is_memory_planned(const TensorInfo* self) {
  ETCTS_ORIGINAL(bool (*)(const TensorInfo*), "_ZNK10executorch7runtime10TensorInfo17is_memory_plannedEv");
  return !original_fn(self);
}
