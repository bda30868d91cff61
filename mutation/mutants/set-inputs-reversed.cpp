// kind: behaviour
// breaks: inputs set together are bound in reverse order (Module::set_inputs)
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

ETCTS_MUTANT_EXPORT Error mutant_set_inputs(Module* self, const std::string& method, const std::vector<EValue>& values)
    __asm__("_ZN10executorch9extension6module6Module10set_inputsERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKSt6vectorINS_7runtime6EValueESaISD_EE");

Error mutant_set_inputs(Module* self, const std::string& method, const std::vector<EValue>& values) {
  ETCTS_ORIGINAL(Error (*)(Module*, const std::string&, const std::vector<EValue>&), "_ZN10executorch9extension6module6Module10set_inputsERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKSt6vectorINS_7runtime6EValueESaISD_EE");
  return original_fn(self, method, std::vector<EValue>(values.rbegin(), values.rend()));
}
