// kind: behaviour
// breaks: a method's tensor metadata reports the first dimension one larger than it is (TensorInfo::sizes)
#include <vector>

#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::Span;
using executorch::runtime::TensorInfo;

ETCTS_MUTANT_EXPORT Span<const int32_t> mutant_sizes(const TensorInfo* self)
    __asm__("_ZNK10executorch7runtime10TensorInfo5sizesEv");

Span<const int32_t> mutant_sizes(const TensorInfo* self) {
  ETCTS_ORIGINAL(Span<const int32_t> (*)(const TensorInfo*), "_ZNK10executorch7runtime10TensorInfo5sizesEv");
  // A ring of copies: the caller reads the span right away, a few calls may be in flight at once.
  static thread_local std::vector<int32_t> copies[16];
  static thread_local unsigned next = 0;
  const Span<const int32_t> sizes = original_fn(self);
  if (sizes.size() == 0) {
    return sizes;
  }
  std::vector<int32_t>& copy = copies[next++ % 16];
  copy.assign(sizes.begin(), sizes.end());
  copy[0] += 1;
  return Span<const int32_t>(copy.data(), copy.size());
}
