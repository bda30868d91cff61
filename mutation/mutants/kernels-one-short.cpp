// kind: behaviour
// breaks: the kernel registry reports one kernel fewer than it holds (get_registered_kernels drops its last entry)
#include <executorch/runtime/kernel/operator_registry.h>

#include "interpose.h"

using executorch::runtime::Kernel;
using executorch::runtime::Span;

ETCTS_MUTANT_EXPORT Span<const Kernel> mutant_get_registered_kernels()
    __asm__("_ZN10executorch7runtime22get_registered_kernelsEv");

Span<const Kernel> mutant_get_registered_kernels() {
  ETCTS_ORIGINAL(Span<const Kernel> (*)(), "_ZN10executorch7runtime22get_registered_kernelsEv");
  const Span<const Kernel> all = original_fn();
  return all.size() == 0 ? all : Span<const Kernel>(all.data(), all.size() - 1);
}
