// kind: behaviour
// breaks: a method's tensor metadata reports the dimension order reversed (TensorInfo::dim_order)
#include <algorithm>
#include <vector>

#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::runtime::Span;
using executorch::runtime::TensorInfo;

ETCTS_MUTANT_EXPORT Span<const uint8_t> mutant_dim_order(const TensorInfo* self)
    __asm__("_ZNK10executorch7runtime10TensorInfo9dim_orderEv");

Span<const uint8_t> mutant_dim_order(const TensorInfo* self) {
  ETCTS_ORIGINAL(Span<const uint8_t> (*)(const TensorInfo*), "_ZNK10executorch7runtime10TensorInfo9dim_orderEv");
  static thread_local std::vector<uint8_t> copies[16];
  static thread_local unsigned next = 0;
  const Span<const uint8_t> order = original_fn(self);
  std::vector<uint8_t>& copy = copies[next++ % 16];
  copy.assign(order.begin(), order.end());
  std::reverse(copy.begin(), copy.end());
  return Span<const uint8_t>(copy.data(), copy.size());
}
