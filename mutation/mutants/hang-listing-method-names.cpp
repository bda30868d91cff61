// kind: hang
// breaks: listing a program's method names never returns (Module::method_names sleeps forever)
#include <chrono>
#include <string>
#include <thread>
#include <unordered_set>

#include <executorch/extension/module/module.h>

#include "interpose.h"

using executorch::extension::module::Module;
using executorch::runtime::Result;
using Names = std::unordered_set<std::string>;

ETCTS_MUTANT_EXPORT Result<Names> mutant_method_names(Module* self)
    __asm__("_ZN10executorch9extension6module6Module12method_namesB5cxx11Ev");

Result<Names> mutant_method_names(Module*) {
  for (;;) {
    std::this_thread::sleep_for(std::chrono::hours(1));
  }
}
