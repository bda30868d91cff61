// Native half of the org.etcts.executorch.Tensor operations over an existing tensor: resize, deep
// copy (optionally to another element type), views sharing storage, and pinning the data for
// direct buffer access.
#include <jni.h>

#include <memory>
#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_registration.h"
#include "tensor_holder.h"
#include "tensor_ptr_compat.h"
#include "tensor_rules.h"

namespace {

using etcts::jni::RuntimeError;
using etcts::jni::TensorHolder;
using executorch::runtime::Error;

jlong to_new_handle(executorch::extension::TensorPtr tensor) {
  auto holder = std::make_unique<TensorHolder>();
  holder->tensor = std::move(tensor);
  return etcts::jni::to_handle(holder.release());
}

void JNICALL nativeResize(JNIEnv* env, jclass, jlong handle, jintArray j_sizes) {
  ETCTS_API_BEGIN()
  TensorHolder& holder = etcts::jni::tensor_from_handle(handle);
  const std::vector<int32_t> sizes = etcts::jni::to_vector(env, j_sizes);
  if (sizes.size() > 16) {
    throw RuntimeError(Error::InvalidArgument, "resize a tensor to more than 16 dimensions");
  }
  // Negative sizes and rank changes are passed on: the runtime answers them with an error code.
  const std::vector<executorch::aten::SizesType> new_sizes(sizes.begin(), sizes.end());
  etcts::jni::check(executorch::extension::resize_tensor_ptr(holder.tensor, new_sizes), "resize a tensor");
  ETCTS_API_END_VOID()
}

jlong JNICALL nativeCopy(JNIEnv* env, jclass, jlong handle, jint j_type) {
  ETCTS_API_BEGIN()
  const auto& tensor = *etcts::jni::tensor_from_handle(handle).tensor;
  const auto from = tensor.scalar_type();
  const auto to = etcts::jni::scalar_type_from_java(j_type);
  if (from != to && !(executorch::runtime::canCast(from, to) && etcts::jni::is_computable_type(from) &&
                      etcts::jni::is_computable_type(to))) {
    throw RuntimeError(Error::InvalidArgument, std::string("copy a tensor from ") +
                                                   executorch::runtime::toString(from) + " to " +
                                                   executorch::runtime::toString(to) + " (not a supported cast)");
  }
  return to_new_handle(executorch::extension::clone_tensor_ptr(tensor, to));
  ETCTS_API_END(0)
}

jlong JNICALL nativeView(JNIEnv* env, jclass, jlong handle, jintArray j_sizes) {
  ETCTS_API_BEGIN()
  const auto& source = etcts::jni::tensor_from_handle(handle).tensor;
  std::vector<executorch::aten::SizesType> sizes;
  if (j_sizes != nullptr) {
    sizes = etcts::jni::checked_sizes(etcts::jni::to_vector(env, j_sizes), "view a tensor");
    int64_t count = 1;
    for (const auto size : sizes) {
      count *= size;
    }
    if (count > source->numel()) {
      throw RuntimeError(Error::InvalidArgument, "view a tensor of " + std::to_string(source->numel()) +
                                                     " elements with " + std::to_string(count) + " elements");
    }
    if (sizes.empty() && source->dim() != 0) {
      // The runtime reads an empty size list as "the source's shape"; a 0-D view is made explicitly.
      return to_new_handle(etcts::jni::make_cpu_tensor_ptr({}, source->mutable_data_ptr(), {}, {},
                                                           source->scalar_type(), source->shape_dynamism(),
                                                           [source](void*) {}));
    }
  }
  // The view's deleter holds the source TensorPtr, so the data outlives the source Java tensor.
  return to_new_handle(executorch::extension::make_tensor_ptr(source, std::move(sizes)));
  ETCTS_API_END(0)
}

jlong JNICALL nativeViewWithLayout(JNIEnv* env, jclass, jlong handle, jintArray j_sizes, jintArray j_dim_order,
                                   jintArray j_strides) {
  ETCTS_API_BEGIN()
  // Java checked the layout (dense strides for the order, a permutation, at most the source's
  // element count): the runtime aborts on any of these, so they are checked again here.
  const auto& source = etcts::jni::tensor_from_handle(handle).tensor;
  const auto sizes = etcts::jni::checked_sizes(etcts::jni::to_vector(env, j_sizes), "view a tensor");
  int64_t count = 1;
  for (const auto size : sizes) {
    count *= size;
  }
  if (count > source->numel() || sizes.empty()) {
    throw RuntimeError(Error::InvalidArgument, "view a tensor of " + std::to_string(source->numel()) +
                                                   " elements with " + std::to_string(count) +
                                                   " elements and an explicit layout");
  }
  const std::vector<int32_t> order = etcts::jni::to_vector(env, j_dim_order);
  const std::vector<int32_t> strides = etcts::jni::to_vector(env, j_strides);
  etcts::jni::check_layout(sizes, order, strides, "view a tensor with an explicit layout");
  std::vector<executorch::aten::DimOrderType> dim_order(order.begin(), order.end());
  std::vector<executorch::aten::StridesType> view_strides(strides.begin(), strides.end());
  return to_new_handle(
      executorch::extension::make_tensor_ptr(source, sizes, std::move(dim_order), std::move(view_strides)));
  ETCTS_API_END(0)
}

jlong JNICALL nativePin(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  // A second owner of the same tensor: the data stays valid while the pin lives, even if the Java
  // tensor is closed meanwhile.
  return to_new_handle(etcts::jni::tensor_from_handle(handle).tensor);
  ETCTS_API_END(0)
}

jobject JNICALL nativeDirectBuffer(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  auto& tensor = *etcts::jni::tensor_from_handle(handle).tensor;
  const size_t nbytes = tensor.nbytes();
  void* data = tensor.mutable_data_ptr();
  if (nbytes == 0 || data == nullptr) {
    return nullptr;  // Java uses an empty buffer
  }
  jobject buffer = env->NewDirectByteBuffer(data, static_cast<jlong>(nbytes));
  if (buffer == nullptr) {
    etcts::jni::check_java(env);
    throw RuntimeError(Error::NotSupported, "access tensor data through a direct buffer (unsupported by this JVM)");
  }
  return buffer;
  ETCTS_API_END(nullptr)
}

}  // namespace

namespace etcts::jni {

NativeTable tensor_ops_natives() {
  return {"org/etcts/executorch/Tensor",
          {
              {"nativeResize", "(J[I)V", nativeResize},
              {"nativeCopy", "(JI)J", nativeCopy},
              {"nativeView", "(J[I)J", nativeView},
              {"nativeViewWithLayout", "(J[I[I[I)J", nativeViewWithLayout},
              {"nativePin", "(J)J", nativePin},
              {"nativeDirectBuffer", "(J)Ljava/nio/ByteBuffer;", nativeDirectBuffer},
          }};
}

}  // namespace etcts::jni
