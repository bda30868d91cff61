// kind: behaviour
// breaks: a method's metadata counts one output fewer than it has (MethodMeta::num_outputs)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::MethodMeta;
using executorch::runtime::Result;
using executorch::runtime::Tag;

ETCTS_MUTANT_EXPORT size_t mutant_meta(const MethodMeta* self) __asm__("_ZNK10executorch7runtime10MethodMeta11num_outputsEv");

size_t mutant_meta(const MethodMeta* self) {
  ETCTS_ORIGINAL(size_t (*)(const MethodMeta*), "_ZNK10executorch7runtime10MethodMeta11num_outputsEv");
  const size_t value = original_fn(self);
  return value == 0 ? 0 : value - 1;
}
