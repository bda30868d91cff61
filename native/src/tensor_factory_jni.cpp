// Native half of org.etcts.executorch.TensorFactory: new tensors from the runtime's own makers in
// extension/tensor/tensor_ptr_maker.h (empty, full, ones, zeros, rand, randn, randint and their
// *_like forms), so the behaviour under test is the runtime's.
//
// One entry point, nativeMake(op, like, sizes, scalarKind, scalarBits, low, high, dtype, dynamism):
//   op          0 empty, 1 full, 2 ones, 3 zeros, 4 rand, 5 randn, 6 randint
//   like        0, or the handle of the tensor whose sizes and strides the *_like form copies
//   sizes       the shape when like is 0
//   scalarKind  the fill value of full: 0 integer (scalarBits), 1 double (raw bits), 2 boolean (0/1)
//   low, high   the range of randint
//   dtype       the element type (-1 with like: the source's type)
//   dynamism    the shape dynamism of the new tensor
#include <jni.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_registration.h"
#include "tensor_holder.h"
#include "tensor_rules.h"

namespace {

using etcts::jni::RuntimeError;
using etcts::jni::TensorHolder;
using executorch::aten::Scalar;
using executorch::aten::ScalarType;
using executorch::extension::TensorPtr;
using executorch::runtime::Error;

enum class Op { Empty = 0, Full, Ones, Zeros, Rand, Randn, Randint };

[[noreturn]] void invalid(const std::string& why) {
  throw RuntimeError(Error::InvalidArgument, "create a tensor (" + why + ")");
}

Scalar fill_scalar(jint kind, jlong bits) {
  switch (kind) {
    case 0:
      return Scalar(static_cast<int64_t>(bits));
    case 1: {
      double value = 0;
      std::memcpy(&value, &bits, sizeof value);
      return Scalar(value);
    }
    case 2:
      return Scalar(bits != 0);
    default:
      invalid("fill value kind " + std::to_string(kind));
  }
}

// The fill rules of the runtime's full(): integral types need an integer in range, floating types
// an integer or a double within the finite range (non-finite values pass), Bool an integer or a
// boolean. Anything else aborts in the runtime.
void check_fill(const Scalar& value, ScalarType type) {
  const auto in_range = [](double v, double lowest, double highest) { return !std::isfinite(v) || (v >= lowest && v <= highest); };
  const auto int_in = [&](int64_t lowest, int64_t highest) {
    if (!value.isIntegral(false)) {
      invalid(std::string("a ") + executorch::runtime::toString(type) + " tensor needs an integer fill value");
    }
    const int64_t v = value.to<int64_t>();
    if (v < lowest || v > highest) {
      invalid("fill value " + std::to_string(v) + " is out of range for " + executorch::runtime::toString(type));
    }
  };
  const auto float_in = [&](double highest) {
    if (value.isFloatingPoint()) {
      if (!in_range(value.to<double>(), -highest, highest)) {
        invalid(std::string("fill value is out of range for ") + executorch::runtime::toString(type));
      }
    } else if (!value.isIntegral(false)) {
      invalid(std::string("a ") + executorch::runtime::toString(type) + " tensor needs a number fill value");
    }
  };
  switch (type) {
    case ScalarType::Byte: int_in(0, 255); break;
    case ScalarType::Char: int_in(-128, 127); break;
    case ScalarType::Short: int_in(INT16_MIN, INT16_MAX); break;
    case ScalarType::Int: int_in(INT32_MIN, INT32_MAX); break;
    case ScalarType::Long: int_in(INT64_MIN, INT64_MAX); break;
    case ScalarType::Half: float_in(65504.0); break;
    case ScalarType::BFloat16: float_in(3.3895313892515355e38); break;
    case ScalarType::Float: float_in(std::numeric_limits<float>::max()); break;
    case ScalarType::Double: float_in(std::numeric_limits<double>::max()); break;
    case ScalarType::Bool:
      if (value.isFloatingPoint()) {
        invalid("a Bool tensor needs an integer or boolean fill value");
      }
      break;
    default:
      invalid(std::string("full() cannot fill ") + executorch::runtime::toString(type) + " elements");
  }
}

TensorPtr make(Op op, const TensorPtr* like, std::vector<executorch::aten::SizesType> sizes, const Scalar& fill,
               int64_t low, int64_t high, ScalarType type, executorch::aten::TensorShapeDynamism dynamism) {
  namespace ext = executorch::extension;
  switch (op) {
    case Op::Empty: return like ? ext::empty_like(*like, type, dynamism) : ext::empty(std::move(sizes), type, dynamism);
    case Op::Full:
      return like ? ext::full_like(*like, fill, type, dynamism) : ext::full(std::move(sizes), fill, type, dynamism);
    case Op::Ones: return like ? ext::ones_like(*like, type, dynamism) : ext::ones(std::move(sizes), type, dynamism);
    case Op::Zeros: return like ? ext::zeros_like(*like, type, dynamism) : ext::zeros(std::move(sizes), type, dynamism);
    case Op::Rand: return like ? ext::rand_like(*like, type, dynamism) : ext::rand(std::move(sizes), type, dynamism);
    case Op::Randn: return like ? ext::randn_like(*like, type, dynamism) : ext::randn(std::move(sizes), type, dynamism);
    case Op::Randint:
      return like ? ext::randint_like(*like, low, high, type, dynamism)
                  : ext::randint(low, high, std::move(sizes), type, dynamism);
  }
  invalid("unknown factory");
}

jlong JNICALL nativeMake(JNIEnv* env, jclass, jint j_op, jlong like_handle, jintArray j_sizes, jint scalar_kind,
                         jlong scalar_bits, jlong low, jlong high, jint j_type, jint j_dynamism) {
  ETCTS_API_BEGIN()
  if (j_op < 0 || j_op > static_cast<jint>(Op::Randint)) {
    invalid("unknown factory " + std::to_string(j_op));
  }
  const Op op = static_cast<Op>(j_op);
  const TensorPtr* like = like_handle == 0 ? nullptr : &etcts::jni::tensor_from_handle(like_handle).tensor;
  std::vector<executorch::aten::SizesType> sizes;
  if (like == nullptr) {
    sizes = etcts::jni::checked_sizes(etcts::jni::to_vector(env, j_sizes), "create a tensor");
  } else if (!etcts::jni::layout_derivable_from_strides(**like)) {
    invalid("the runtime cannot rebuild this tensor's dimension order from its strides");
  }
  const ScalarType type =
      (like != nullptr && j_type < 0) ? (*like)->scalar_type() : etcts::jni::scalar_type_from_java(j_type);
  const auto dynamism = etcts::jni::dynamism_from_java(j_dynamism);
  if (op != Op::Empty && !etcts::jni::is_computable_type(type)) {
    invalid(std::string("the runtime cannot compute ") + executorch::runtime::toString(type) + " elements");
  }
  const Scalar fill = op == Op::Full ? fill_scalar(scalar_kind, scalar_bits) : Scalar(static_cast<int64_t>(0));
  if (op == Op::Full) {
    check_fill(fill, type);
  }
  if (op == Op::Randint && low >= high) {
    invalid("randint needs low < high");
  }
  auto holder = std::make_unique<TensorHolder>();
  holder->tensor = make(op, like, std::move(sizes), fill, low, high, type, dynamism);
  return etcts::jni::to_handle(holder.release());
  ETCTS_API_END(0)
}

}  // namespace

namespace etcts::jni {

NativeTable tensor_factory_natives() {
  return {"org/etcts/executorch/TensorFactory",
          {
              {"nativeMake", "(IJ[IIJJJII)J", nativeMake},
          }};
}

}  // namespace etcts::jni
