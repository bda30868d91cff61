// kind: behaviour
// breaks: the first floating-point element of a method's outputs is off by 1e-3 relative (Module::execute)
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
  #define PERTURB_FLOAT(x) ((x) == 0.0f ? 1e-3f : (x) * 1.001f)
#define PERTURB_DOUBLE(x) ((x) == 0.0 ? 1e-3 : (x) * 1.001)
  Outputs outputs = original_fn(self, method, inputs);
  if (!outputs.ok()) {
    return outputs;
  }
  // Outputs alias the method's memory: changing them in place changes what every caller reads.
  for (EValue& value : *outputs) {
    if (value.isTensor() && value.toTensor().numel() > 0) {
      auto tensor = value.toTensor();
      if (tensor.scalar_type() == executorch::aten::ScalarType::Float) {
        float* data = tensor.mutable_data_ptr<float>();
        data[0] = PERTURB_FLOAT(data[0]);
        break;
      }
      if (tensor.scalar_type() == executorch::aten::ScalarType::Double) {
        double* data = tensor.mutable_data_ptr<double>();
        data[0] = PERTURB_DOUBLE(data[0]);
        break;
      }
    }
  }
  return outputs;
}
