// kind: behaviour
// breaks: a module reports its program loaded before anything was loaded (Module::is_loaded)
#include <string>
#include <vector>

#include <executorch/extension/module/module.h>

#include "interpose.h"

using executorch::extension::module::Module;
using executorch::runtime::Error;
using executorch::runtime::EValue;
using executorch::runtime::LoadBackendOptionsMap;
using executorch::runtime::Program;
using executorch::runtime::Result;

ETCTS_MUTANT_EXPORT bool mutant_is_loaded(const Module* self) __asm__("_ZNK10executorch9extension6module6Module9is_loadedEv");

bool mutant_is_loaded(const Module*) {
  return true;
}
