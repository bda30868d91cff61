// kind: behaviour
// breaks: an input set on a method reports success but is never bound (Module::set_input)
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

ETCTS_MUTANT_EXPORT Error mutant_set_input(Module* self, const std::string& method, const EValue& value, size_t index)
    __asm__("_ZN10executorch9extension6module6Module9set_inputERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKNS_7runtime6EValueEm");

Error mutant_set_input(Module*, const std::string&, const EValue&, size_t) {
  return Error::Ok;
}
