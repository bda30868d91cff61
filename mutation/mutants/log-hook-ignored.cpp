// kind: behaviour
// breaks: registering a log hook reports success but the runtime keeps its own emitter (sinks hear nothing)
#include <executorch/runtime/platform/platform.h>

#include "interpose.h"

using executorch::runtime::PalImpl;

ETCTS_MUTANT_EXPORT bool mutant_register_pal(PalImpl impl) __asm__("_ZN10executorch7runtime12register_palENS0_7PalImplE");

bool mutant_register_pal(PalImpl) {
  return true;
}
