// kind: behaviour
// breaks: a method's metadata counts one attribute more than it has (MethodMeta::num_attributes)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::MethodMeta;
using executorch::runtime::Result;
using executorch::runtime::Tag;

ETCTS_MUTANT_EXPORT size_t mutant_meta(const MethodMeta* self) __asm__("_ZNK10executorch7runtime10MethodMeta14num_attributesEv");

size_t mutant_meta(const MethodMeta* self) {
  ETCTS_ORIGINAL(size_t (*)(const MethodMeta*), "_ZNK10executorch7runtime10MethodMeta14num_attributesEv");
  const size_t value = original_fn(self);
  return value + 1;
}
