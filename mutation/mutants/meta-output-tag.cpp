// kind: behaviour
// breaks: a tensor output's tag is reported as Int (MethodMeta::output_tag)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::MethodMeta;
using executorch::runtime::Result;
using executorch::runtime::Tag;

ETCTS_MUTANT_EXPORT Result<Tag> mutant_tag(const MethodMeta* self, size_t index) __asm__("_ZNK10executorch7runtime10MethodMeta10output_tagEm");

Result<Tag> mutant_tag(const MethodMeta* self, size_t index) {
  ETCTS_ORIGINAL(Result<Tag> (*)(const MethodMeta*, size_t), "_ZNK10executorch7runtime10MethodMeta10output_tagEm");
  Result<Tag> tag = original_fn(self, index);
  if (tag.ok() && *tag == Tag::Tensor) {
    return Result<Tag>(Tag::Int);
  }
  return tag;
}
