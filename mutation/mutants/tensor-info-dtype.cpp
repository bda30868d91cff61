// kind: behaviour
// breaks: a method's float tensors are described as double (TensorInfo::scalar_type)
#include <executorch/runtime/executor/method_meta.h>

#include "interpose.h"

using executorch::aten::ScalarType;
using executorch::runtime::TensorInfo;

ETCTS_MUTANT_EXPORT ScalarType mutant_scalar_type(const TensorInfo* self)
    __asm__("_ZNK10executorch7runtime10TensorInfo11scalar_typeEv");

ScalarType mutant_scalar_type(const TensorInfo* self) {
  ETCTS_ORIGINAL(ScalarType (*)(const TensorInfo*), "_ZNK10executorch7runtime10TensorInfo11scalar_typeEv");
  const ScalarType type = original_fn(self);
  return type == ScalarType::Float ? ScalarType::Double : type;
}
