// kind: behaviour
// breaks: one registered kernel reports another operator's name (aten::add.out is listed as aten::sub.out)
#include <cstring>
#include <vector>

#include <executorch/runtime/kernel/operator_registry.h>

#include "interpose.h"

using executorch::runtime::Kernel;
using executorch::runtime::Span;

ETCTS_MUTANT_EXPORT Span<const Kernel> mutant_get_registered_kernels()
    __asm__("_ZN10executorch7runtime22get_registered_kernelsEv");

Span<const Kernel> mutant_get_registered_kernels() {
  ETCTS_ORIGINAL(Span<const Kernel> (*)(), "_ZN10executorch7runtime22get_registered_kernelsEv");
  static std::vector<Kernel> renamed;
  const Span<const Kernel> all = original_fn();
  renamed.assign(all.begin(), all.end());
  for (Kernel& kernel : renamed) {
    if (kernel.name_ != nullptr && std::strcmp(kernel.name_, "aten::add.out") == 0) {
      kernel.name_ = "aten::sub.out";
    }
  }
  return Span<const Kernel>(renamed.data(), renamed.size());
}
