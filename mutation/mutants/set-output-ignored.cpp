// kind: behaviour
// breaks: an output buffer set on a method reports success but is never used (Module::set_output)
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

ETCTS_MUTANT_EXPORT Error mutant_set_output(Module* self, const std::string& method, EValue value, size_t index)
    __asm__("_ZN10executorch9extension6module6Module10set_outputERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEENS_7runtime6EValueEm");

Error mutant_set_output(Module*, const std::string&, EValue, size_t) {
  return Error::Ok;
}
