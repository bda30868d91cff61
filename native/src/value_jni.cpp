// Conversion between the Java Value marshalling format and runtime EValues (see value_conversion.h).
#include "value_conversion.h"

#include <cstring>
#include <memory>

#include "native_layout.h"
#include "tensor_holder.h"

namespace etcts::jni {
namespace {

using executorch::runtime::EValue;
using executorch::runtime::Error;
using executorch::runtime::Tag;

int64_t double_bits(double value) {
  int64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

double bits_double(int64_t bits) {
  double value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

std::string where(const char* what, size_t index, const std::string& method) {
  return std::string(what) + " " + std::to_string(index) + " of method '" + method + "'";
}

const char* tag_name(Tag tag) {
  switch (tag) {
    case Tag::None: return "None";
    case Tag::Tensor: return "Tensor";
    case Tag::String: return "String";
    case Tag::Double: return "Double";
    case Tag::Int: return "Int";
    case Tag::Bool: return "Bool";
    case Tag::ListBool: return "ListBool";
    case Tag::ListDouble: return "ListDouble";
    case Tag::ListInt: return "ListInt";
    case Tag::ListTensor: return "ListTensor";
    case Tag::ListScalar: return "ListScalar";
    case Tag::ListOptionalTensor: return "ListOptionalTensor";
  }
  return "unknown";
}

}  // namespace

executorch::runtime::EValue value_from_java(int32_t tag, int64_t payload, executorch::extension::TensorPtr& tensor,
                                            const std::string& what) {
  switch (static_cast<Tag>(tag)) {
    case Tag::Tensor: {
      TensorHolder& holder = tensor_from_handle(payload);
      tensor = holder.tensor;
      return EValue(*holder.tensor);
    }
    case Tag::Int:
      return EValue(static_cast<int64_t>(payload));
    case Tag::Double:
      return EValue(bits_double(payload));
    case Tag::Bool:
      return EValue(payload != 0);
    default:
      // The runtime cannot bind these (the reference binding aborts); Java rejects them first.
      throw RuntimeError(Error::InvalidArgument,
                         "bind " + what + " (tag " + std::to_string(tag) + " cannot be bound)");
  }
}

MethodInputs inputs_from_java(JNIEnv* env, jintArray j_tags, jlongArray j_payloads, const std::string& method) {
  const std::vector<int32_t> tags = to_vector(env, j_tags);
  const std::vector<int64_t> payloads = to_vector(env, j_payloads);
  if (tags.size() != payloads.size()) {
    throw RuntimeError(Error::InvalidArgument, "bind the inputs of method '" + method + "' (malformed input arrays)");
  }
  MethodInputs inputs;
  inputs.values.reserve(tags.size());
  inputs.tensors.resize(tags.size());
  for (size_t i = 0; i < tags.size(); ++i) {
    inputs.values.push_back(value_from_java(tags[i], payloads[i], inputs.tensors[i], where("input", i, method)));
  }
  return inputs;
}

jobjectArray outputs_to_java(JNIEnv* env, const std::vector<EValue>& outputs, const std::string& method) {
  const size_t count = outputs.size();
  std::vector<int64_t> words(layout::VALUE_WORDS * count, 0);
  std::vector<std::unique_ptr<TensorHolder>> tensors(count);
  std::vector<std::string> strings(count);
  bool any_string = false;

  for (size_t i = 0; i < count; ++i) {
    const EValue& output = outputs[i];
    words[layout::VALUE_WORDS * i + layout::VALUE_TAG] = static_cast<int64_t>(output.tag);
    switch (output.tag) {
      case Tag::Tensor: {
        auto tensor = output.tryToTensor();
        if (!tensor.ok()) {
          throw RuntimeError(tensor.error(), "read " + where("output", i, method));
        }
        if (tensor->nbytes() > 0 && tensor->const_data_ptr() == nullptr) {
          throw RuntimeError(Error::InvalidState, "read " + where("output", i, method) +
                                                      " (the tensor has no data: not memory-planned and not set)");
        }
        // A deep copy with the same type, shape, dimension order, strides and dynamism: the
        // runtime's output aliases planned memory that the next execution or an unload reuses.
        tensors[i] = std::make_unique<TensorHolder>();
        tensors[i]->tensor = executorch::extension::clone_tensor_ptr(*tensor);
        words[layout::VALUE_WORDS * i + layout::VALUE_PAYLOAD] = to_handle(tensors[i].get());
        break;
      }
      case Tag::Int: {
        auto value = output.tryToInt();
        if (!value.ok()) {
          throw RuntimeError(value.error(), "read " + where("output", i, method));
        }
        words[layout::VALUE_WORDS * i + layout::VALUE_PAYLOAD] = *value;
        break;
      }
      case Tag::Double: {
        auto value = output.tryToDouble();
        if (!value.ok()) {
          throw RuntimeError(value.error(), "read " + where("output", i, method));
        }
        words[layout::VALUE_WORDS * i + layout::VALUE_PAYLOAD] = double_bits(*value);
        break;
      }
      case Tag::Bool: {
        auto value = output.tryToBool();
        if (!value.ok()) {
          throw RuntimeError(value.error(), "read " + where("output", i, method));
        }
        words[layout::VALUE_WORDS * i + layout::VALUE_PAYLOAD] = *value ? 1 : 0;
        break;
      }
      case Tag::String: {
        auto value = output.tryToString();
        if (!value.ok()) {
          throw RuntimeError(value.error(), "read " + where("output", i, method));
        }
        strings[i].assign(value->data(), value->size());
        any_string = true;
        break;
      }
      case Tag::None:
        break;
      default:
        throw RuntimeError(Error::NotSupported, "read " + where("output", i, method) + " (outputs tagged " +
                                                    tag_name(output.tag) + " are not supported by this binding)");
    }
  }

  jlongArray j_words = to_jlong_array(env, words);
  jobjectArray j_strings = nullptr;
  if (any_string) {
    j_strings = env->NewObjectArray(static_cast<jsize>(count), string_class(), nullptr);
    if (j_strings == nullptr) {
      throw JavaExceptionPending{};
    }
    for (size_t i = 0; i < count; ++i) {
      if (outputs[i].tag == Tag::String) {
        jstring text = to_jstring(env, strings[i]);
        env->SetObjectArrayElement(j_strings, static_cast<jsize>(i), text);
        env->DeleteLocalRef(text);
        check_java(env);
      }
    }
  }
  jobjectArray result = new_object_array(env, layout::OUTPUTS_SLOTS);
  set_element(env, result, layout::OUTPUTS_WORDS, j_words);
  set_element(env, result, layout::OUTPUTS_STRINGS, j_strings);
  // Only now does Java own the tensors.
  for (auto& tensor : tensors) {
    (void)tensor.release();
  }
  return result;
}

}  // namespace etcts::jni
