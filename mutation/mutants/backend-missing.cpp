// kind: behaviour
// breaks: the last registered backend is missing from the backend registry's count
#include <executorch/runtime/backend/interface.h>

#include "interpose.h"

ETCTS_MUTANT_EXPORT size_t mutant_get_num_registered_backends()
    __asm__("_ZN10executorch7runtime27get_num_registered_backendsEv");

size_t mutant_get_num_registered_backends() {
  ETCTS_ORIGINAL(size_t (*)(), "_ZN10executorch7runtime27get_num_registered_backendsEv");
  const size_t count = original_fn();
  return count == 0 ? 0 : count - 1;
}
