// kind: behaviour
// breaks: the registry lists the XNNPACK backend under another name (XNNPACKBackend)
#include <cstring>

#include <executorch/runtime/backend/interface.h>

#include "interpose.h"

using executorch::runtime::Result;

ETCTS_MUTANT_EXPORT Result<const char*> mutant_get_backend_name(size_t index)
    __asm__("_ZN10executorch7runtime16get_backend_nameEm");

Result<const char*> mutant_get_backend_name(size_t index) {
  ETCTS_ORIGINAL(Result<const char*> (*)(size_t), "_ZN10executorch7runtime16get_backend_nameEm");
  Result<const char*> name = original_fn(index);
  if (name.ok() && *name != nullptr && std::strcmp(*name, "XnnpackBackend") == 0) {
    return Result<const char*>("XNNPACKBackend");
  }
  return name;
}
