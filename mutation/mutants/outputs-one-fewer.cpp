// kind: behaviour
// breaks: a method returns one output fewer than it produced (Module::execute)
#include <cmath>
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

using Outputs = Result<std::vector<EValue>>;

ETCTS_MUTANT_EXPORT Outputs mutant_execute(Module* self, const std::string& method, const std::vector<EValue>& inputs)
    __asm__("_ZN10executorch9extension6module6Module7executeERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKSt6vectorINS_7runtime6EValueESaISD_EE");

Outputs mutant_execute(Module* self, const std::string& method, const std::vector<EValue>& inputs) {
  ETCTS_ORIGINAL(Outputs (*)(Module*, const std::string&, const std::vector<EValue>&), "_ZN10executorch9extension6module6Module7executeERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKSt6vectorINS_7runtime6EValueESaISD_EE");
  Outputs outputs = original_fn(self, method, inputs);
  if (outputs.ok() && !outputs->empty()) {
    outputs->pop_back();
  }
  return outputs;
}
