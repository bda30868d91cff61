// kind: behaviour
// breaks: a delegated method's metadata names no backend (MethodMeta::num_backends is 0)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::MethodMeta;
using executorch::runtime::Result;
using executorch::runtime::Tag;

ETCTS_MUTANT_EXPORT size_t mutant_meta(const MethodMeta* self) __asm__("_ZNK10executorch7runtime10MethodMeta12num_backendsEv");

size_t mutant_meta(const MethodMeta* self) {
  ETCTS_ORIGINAL(size_t (*)(const MethodMeta*), "_ZNK10executorch7runtime10MethodMeta12num_backendsEv");
  const size_t value = original_fn(self);
  return value * 0;
}
