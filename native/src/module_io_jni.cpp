// Native half of org.etcts.executorch.Module's input and output binding: set_input, set_inputs and
// set_output, with the tensors they pass kept alive in the ModuleHolder (see module_holder.h).
#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_registration.h"
#include "module_holder.h"
#include "value_conversion.h"

namespace {

using etcts::jni::module_from_handle;
using etcts::jni::in_quotes;
using etcts::jni::RuntimeError;
using executorch::runtime::Error;

size_t checked_index(jint index, const char* what) {
  if (index < 0) {
    throw RuntimeError(Error::InvalidArgument, std::string("use a negative ") + what + " index");
  }
  return static_cast<size_t>(index);
}

void JNICALL nativeSetInput(JNIEnv* env, jclass, jlong handle, jstring j_method, jint tag, jlong payload,
                            jint j_index) {
  ETCTS_API_BEGIN()
  auto& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  const size_t index = checked_index(j_index, "input");
  executorch::extension::TensorPtr tensor;
  const auto value = etcts::jni::value_from_java(tag, payload, tensor,
                                                 "input " + std::to_string(index) + " of method " + in_quotes(method));
  etcts::jni::ensure_method_loaded(holder, method);
  const Error error = holder.module->set_input(method, value, index);
  etcts::jni::retain(holder.bound_inputs[method], index, tensor, error == Error::Ok);
  etcts::jni::check(error, "set input " + std::to_string(index) + " of method " + in_quotes(method));
  ETCTS_API_END_VOID()
}

void JNICALL nativeSetInputs(JNIEnv* env, jclass, jlong handle, jstring j_method, jintArray tags, jlongArray payloads) {
  ETCTS_API_BEGIN()
  auto& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  etcts::jni::MethodInputs inputs = etcts::jni::inputs_from_java(env, tags, payloads, method);
  etcts::jni::ensure_method_loaded(holder, method);
  const Error error = holder.module->set_inputs(method, inputs.values);
  auto& slots = holder.bound_inputs[method];
  for (size_t i = 0; i < inputs.tensors.size(); ++i) {
    etcts::jni::retain(slots, i, inputs.tensors[i], error == Error::Ok);
  }
  etcts::jni::check(error, "set the inputs of method " + in_quotes(method));
  ETCTS_API_END_VOID()
}

void JNICALL nativeSetOutput(JNIEnv* env, jclass, jlong handle, jstring j_method, jint tag, jlong payload,
                             jint j_index) {
  ETCTS_API_BEGIN()
  auto& holder = module_from_handle(handle);
  const std::string method = etcts::jni::to_utf8(env, j_method);
  const size_t index = checked_index(j_index, "output");
  // The same conversion as for inputs: tensors, integers, doubles and booleans only. The runtime
  // answers a non-tensor with InvalidArgument before touching it as a tensor.
  executorch::extension::TensorPtr tensor;
  auto value = etcts::jni::value_from_java(tag, payload, tensor,
                                           "output " + std::to_string(index) + " of method " + in_quotes(method));
  etcts::jni::ensure_method_loaded(holder, method);
  const Error error = holder.module->set_output(method, std::move(value), index);
  etcts::jni::retain(holder.bound_outputs[method], index, tensor, error == Error::Ok);
  etcts::jni::check(error, "set output " + std::to_string(index) + " of method " + in_quotes(method));
  ETCTS_API_END_VOID()
}

}  // namespace

namespace etcts::jni {

NativeTable module_io_natives() {
  return {"org/etcts/executorch/Module",
          {
              {"nativeSetInput", "(JLjava/lang/String;IJI)V", nativeSetInput},
              {"nativeSetInputs", "(JLjava/lang/String;[I[J)V", nativeSetInputs},
              {"nativeSetOutput", "(JLjava/lang/String;IJI)V", nativeSetOutput},
          }};
}

}  // namespace etcts::jni
