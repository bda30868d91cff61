// kind: behaviour
// breaks: a method's memory-planned buffer sizes are reported 64 bytes larger than planned
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::MethodMeta;
using executorch::runtime::Result;

ETCTS_MUTANT_EXPORT Result<int64_t> mutant_size(const MethodMeta* self, size_t index)
    __asm__("_ZNK10executorch7runtime10MethodMeta26memory_planned_buffer_sizeEm");

Result<int64_t> mutant_size(const MethodMeta* self, size_t index) {
  ETCTS_ORIGINAL(Result<int64_t> (*)(const MethodMeta*, size_t),
                 "_ZNK10executorch7runtime10MethodMeta26memory_planned_buffer_sizeEm");
  Result<int64_t> size = original_fn(self, index);
  return size.ok() ? Result<int64_t>(*size + 64) : Result<int64_t>(size.error());
}
