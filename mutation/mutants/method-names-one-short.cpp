// kind: behaviour
// breaks: a program's method names lack one of its methods (Module::method_names drops the first name)
#include <set>
#include <unordered_set>
#include <string>

#include <executorch/extension/module/module.h>

#include "interpose.h"

using executorch::extension::module::Module;
using executorch::runtime::Result;
using Names = std::unordered_set<std::string>;

ETCTS_MUTANT_EXPORT Result<Names> mutant_method_names(Module* self)
    __asm__("_ZN10executorch9extension6module6Module12method_namesB5cxx11Ev");

Result<Names> mutant_method_names(Module* self) {
  ETCTS_ORIGINAL(Result<Names> (*)(Module*), "_ZN10executorch9extension6module6Module12method_namesB5cxx11Ev");
  Result<Names> names = original_fn(self);
  if (!names.ok() || names->empty()) {
    return names;
  }
  Names fewer = *names;
  fewer.erase(*std::set<std::string>(fewer.begin(), fewer.end()).begin());
  return fewer;
}
