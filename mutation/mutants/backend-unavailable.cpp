// kind: behaviour
// breaks: looking the XNNPACK backend up by name finds nothing, although it is registered
#include <cstring>

#include <executorch/runtime/backend/interface.h>

#include "interpose.h"

using executorch::runtime::BackendInterface;

ETCTS_MUTANT_EXPORT BackendInterface* mutant_get_backend_class(const char* name)
    __asm__("_ZN10executorch7runtime17get_backend_classEPKc");

BackendInterface* mutant_get_backend_class(const char* name) {
  ETCTS_ORIGINAL(BackendInterface* (*)(const char*), "_ZN10executorch7runtime17get_backend_classEPKc");
  if (name != nullptr && std::strcmp(name, "XnnpackBackend") == 0) {
    return nullptr;
  }
  return original_fn(name);
}
