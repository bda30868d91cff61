// kind: behaviour
// breaks: a method's metadata counts one instruction more than it has (MethodMeta::num_instructions)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::MethodMeta;
using executorch::runtime::Result;
using executorch::runtime::Tag;

ETCTS_MUTANT_EXPORT size_t mutant_meta(const MethodMeta* self) __asm__("_ZNK10executorch7runtime10MethodMeta16num_instructionsEv");

size_t mutant_meta(const MethodMeta* self) {
  ETCTS_ORIGINAL(size_t (*)(const MethodMeta*), "_ZNK10executorch7runtime10MethodMeta16num_instructionsEv");
  const size_t value = original_fn(self);
  return value + 1;
}
