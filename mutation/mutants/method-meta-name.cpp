// kind: behaviour
// breaks: a method's metadata carries another name than the method's (MethodMeta::name)
#include <string>
#include <unordered_map>

#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::MethodMeta;

ETCTS_MUTANT_EXPORT const char* mutant_name(const MethodMeta* self) __asm__("_ZNK10executorch7runtime10MethodMeta4nameEv");

const char* mutant_name(const MethodMeta* self) {
  ETCTS_ORIGINAL(const char* (*)(const MethodMeta*), "_ZNK10executorch7runtime10MethodMeta4nameEv");
  static thread_local std::string renamed;
  const char* name = original_fn(self);
  renamed = std::string(name == nullptr ? "" : name) + "_";
  return renamed.c_str();
}
