// Native half of org.etcts.executorch.Tensor: creating runtime tensors from Java memory (copied or
// aliased), reading their metadata and data, and destroying them.
//
// The Java side validates every description before calling in (TensorLayout.java). The checks here
// repeat the ones whose violation would make the runtime abort, so that a bug on the Java side
// becomes an ExecuTorchException(InvalidArgument) rather than a dead JVM.
#include <jni.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_layout.h"
#include "native_registration.h"
#include "tensor_holder.h"
#include "tensor_ptr_compat.h"

namespace {

using etcts::jni::RuntimeError;
using etcts::jni::TensorHolder;
using executorch::aten::DimOrderType;
using executorch::aten::ScalarType;
using executorch::aten::SizesType;
using executorch::aten::StridesType;
using executorch::aten::TensorShapeDynamism;
using executorch::runtime::Error;

constexpr size_t kMaxRank = 16;  // kTensorDimensionLimit
constexpr int kLastScalarType = static_cast<int>(ScalarType::UInt64);

struct Layout {
  std::vector<SizesType> sizes;
  std::vector<DimOrderType> dim_order;
  std::vector<StridesType> strides;
  ScalarType type = ScalarType::Float;
  TensorShapeDynamism dynamism = TensorShapeDynamism::DYNAMIC_BOUND;
  size_t nbytes = 0;
};

[[noreturn]] void invalid(const std::string& why) {
  throw RuntimeError(Error::InvalidArgument, "create a tensor (" + why + ")");
}

// Dense strides for a dimension order, as the runtime computes them (a size-0 dimension does not
// multiply the strides outside it). Computed in 64 bits so overflow can be detected.
std::vector<int64_t> dense_strides(const std::vector<SizesType>& sizes, const std::vector<DimOrderType>& order) {
  std::vector<int64_t> strides(sizes.size(), 1);
  for (size_t k = sizes.size(); k-- > 1;) {
    const int64_t inner = sizes[order[k]] == 0 ? 1 : sizes[order[k]];
    strides[order[k - 1]] = strides[order[k]] * inner;
    if (strides[order[k - 1]] > INT32_MAX) {
      invalid("a stride does not fit 32 bits");
    }
  }
  return strides;
}

Layout read_layout(JNIEnv* env, jintArray j_sizes, jintArray j_dim_order, jintArray j_strides, jint dtype,
                   jint dynamism, jint byte_length) {
  Layout layout;
  if (dtype < 0 || dtype > kLastScalarType) {
    invalid("element type " + std::to_string(dtype) + " is not a ScalarType");
  }
  if (dynamism < 0 || dynamism > 2) {
    invalid("shape dynamism " + std::to_string(dynamism) + " is not a TensorShapeDynamism");
  }
  layout.type = static_cast<ScalarType>(dtype);
  layout.dynamism = static_cast<TensorShapeDynamism>(dynamism);

  const std::vector<int32_t> sizes = etcts::jni::to_vector(env, j_sizes);
  const std::vector<int32_t> order = etcts::jni::to_vector(env, j_dim_order);
  const std::vector<int32_t> strides = etcts::jni::to_vector(env, j_strides);
  const size_t rank = sizes.size();
  if (rank > kMaxRank) {
    invalid("more than 16 dimensions");
  }
  int64_t count = 1;
  for (const int32_t size : sizes) {
    if (size < 0) {
      invalid("negative size");
    }
    count *= size;  // at most 16 factors below 2^31 with a byte total checked below
    if (count > INT32_MAX) {
      invalid("more elements than a Java buffer holds");
    }
    layout.sizes.push_back(size);
  }
  layout.nbytes = static_cast<size_t>(count) * executorch::runtime::elementSize(layout.type);
  if (byte_length < 0 || layout.nbytes != static_cast<size_t>(byte_length)) {
    invalid("the data has " + std::to_string(byte_length) + " bytes but the shape needs " +
            std::to_string(layout.nbytes));
  }

  if (!order.empty()) {
    if (order.size() != rank) {
      invalid("dimension order length differs from the rank");
    }
    uint32_t seen = 0;
    for (const int32_t d : order) {
      if (d < 0 || static_cast<size_t>(d) >= rank || (seen & (1u << d)) != 0) {
        invalid("dimension order is not a permutation");
      }
      seen |= 1u << d;
      layout.dim_order.push_back(static_cast<DimOrderType>(d));
    }
  }
  if (!strides.empty()) {
    if (strides.size() != rank) {
      invalid("strides length differs from the rank");
    }
    layout.strides.assign(strides.begin(), strides.end());
    if (layout.dim_order.empty()) {
      // The order the runtime itself would derive from the strides.
      layout.dim_order.resize(rank);
      if (executorch::runtime::stride_to_dim_order(layout.strides.data(), rank, layout.dim_order.data()) !=
          Error::Ok) {
        invalid("no dimension order matches the strides");
      }
    }
  }
  std::vector<DimOrderType> effective_order = layout.dim_order;
  if (effective_order.empty()) {
    for (size_t d = 0; d < rank; ++d) {
      effective_order.push_back(static_cast<DimOrderType>(d));
    }
  }
  const std::vector<int64_t> expected = dense_strides(layout.sizes, effective_order);
  for (size_t d = 0; d < layout.strides.size(); ++d) {
    if (layout.strides[d] != expected[d] && layout.sizes[d] != 1) {
      invalid("strides are not the dense strides of the dimension order");
    }
  }
  return layout;
}

jlong make_handle(const Layout& layout, void* data, std::function<void(void*)> keep_alive) {
  auto holder = std::make_unique<TensorHolder>();
  holder->tensor = etcts::jni::make_cpu_tensor_ptr(layout.sizes, data, layout.dim_order, layout.strides, layout.type,
                                                  layout.dynamism, std::move(keep_alive));
  return etcts::jni::to_handle(holder.release());
}

jlong copy_into_tensor(const Layout& layout, const void* source) {
  auto storage = std::make_shared<std::vector<uint8_t>>(layout.nbytes);
  if (layout.nbytes > 0) {
    std::memcpy(storage->data(), source, layout.nbytes);
  }
  void* data = storage->data();
  return make_handle(layout, data, [storage](void*) {});
}

// Owns a JNI global reference; deleting it from whichever thread drops the last TensorPtr.
class GlobalRef {
 public:
  GlobalRef(JNIEnv* env, jobject object) : ref_(env->NewGlobalRef(object)) {
    if (ref_ == nullptr) {
      throw etcts::jni::JavaExceptionPending{};
    }
  }
  GlobalRef(const GlobalRef&) = delete;
  GlobalRef& operator=(const GlobalRef&) = delete;
  ~GlobalRef() {
    auto [env, attached] = etcts::jni::env_for_current_thread();
    if (env != nullptr) {
      env->DeleteGlobalRef(ref_);
      if (attached) {
        etcts::jni::java_vm()->DetachCurrentThread();
      }
    }
  }

 private:
  jobject ref_;
};

uint8_t* direct_address(JNIEnv* env, jobject buffer, jint offset, const Layout& layout) {
  if (buffer == nullptr) {
    invalid("null buffer");
  }
  auto* base = static_cast<uint8_t*>(env->GetDirectBufferAddress(buffer));
  const jlong capacity = env->GetDirectBufferCapacity(buffer);
  if (capacity < 0 || (base == nullptr && layout.nbytes > 0)) {
    invalid("the buffer is not a direct buffer");
  }
  if (offset < 0 || static_cast<uint64_t>(offset) + layout.nbytes > static_cast<uint64_t>(capacity)) {
    invalid("the data range lies outside the buffer");
  }
  return base == nullptr ? nullptr : base + offset;
}

jlong JNICALL nativeWrapBuffer(JNIEnv* env, jclass, jobject buffer, jint offset, jint byte_length, jintArray sizes,
                               jintArray dim_order, jintArray strides, jint dtype, jint dynamism) {
  ETCTS_API_BEGIN()
  const Layout layout = read_layout(env, sizes, dim_order, strides, dtype, dynamism, byte_length);
  uint8_t* data = direct_address(env, buffer, offset, layout);
  auto keep = std::make_shared<GlobalRef>(env, buffer);
  return make_handle(layout, data, [keep](void*) {});
  ETCTS_API_END(0)
}

jlong JNICALL nativeCopyFromBuffer(JNIEnv* env, jclass, jobject buffer, jint offset, jint byte_length, jintArray sizes,
                                   jintArray dim_order, jintArray strides, jint dtype, jint dynamism) {
  ETCTS_API_BEGIN()
  const Layout layout = read_layout(env, sizes, dim_order, strides, dtype, dynamism, byte_length);
  const uint8_t* data = direct_address(env, buffer, offset, layout);
  return copy_into_tensor(layout, data);
  ETCTS_API_END(0)
}

jlong JNICALL nativeCopyFromArray(JNIEnv* env, jclass, jobject array, jint offset, jint byte_length, jintArray sizes,
                                  jintArray dim_order, jintArray strides, jint dtype, jint dynamism) {
  ETCTS_API_BEGIN()
  const Layout layout = read_layout(env, sizes, dim_order, strides, dtype, dynamism, byte_length);
  const size_t available = etcts::jni::primitive_array_bytes(env, array);
  if (offset < 0 || static_cast<uint64_t>(offset) + layout.nbytes > available) {
    invalid("the data range lies outside the array");
  }
  auto storage = std::make_shared<std::vector<uint8_t>>(layout.nbytes);
  if (layout.nbytes > 0) {
    // No JNI calls and nothing that can throw between Get and Release.
    void* elements = env->GetPrimitiveArrayCritical(static_cast<jarray>(array), nullptr);
    if (elements == nullptr) {
      throw etcts::jni::JavaExceptionPending{};
    }
    std::memcpy(storage->data(), static_cast<const uint8_t*>(elements) + offset, layout.nbytes);
    env->ReleasePrimitiveArrayCritical(static_cast<jarray>(array), elements, JNI_ABORT);
  }
  void* data = storage->data();
  return make_handle(layout, data, [storage](void*) {});
  ETCTS_API_END(0)
}

jlongArray JNICALL nativeMetadata(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  const auto& tensor = *etcts::jni::tensor_from_handle(handle).tensor;
  namespace layout = etcts::jni::layout;
  const size_t rank = static_cast<size_t>(tensor.dim());
  std::vector<int64_t> packed(layout::TENSOR_SIZES + 3 * rank);
  packed[layout::TENSOR_DATA_TYPE] = static_cast<int64_t>(tensor.scalar_type());
  packed[layout::TENSOR_DYNAMISM] = static_cast<int64_t>(tensor.shape_dynamism());
  packed[layout::TENSOR_RANK] = static_cast<int64_t>(rank);
  packed[layout::TENSOR_BYTE_COUNT] = static_cast<int64_t>(tensor.nbytes());
  for (size_t d = 0; d < rank; ++d) {
    packed[layout::TENSOR_SIZES + d] = tensor.sizes()[d];
    packed[layout::TENSOR_SIZES + rank + d] = tensor.strides()[d];
    packed[layout::TENSOR_SIZES + 2 * rank + d] = tensor.dim_order()[d];
  }
  return etcts::jni::to_jlong_array(env, packed);
  ETCTS_API_END(nullptr)
}

void JNICALL nativeReadInto(JNIEnv* env, jclass, jlong handle, jobject array) {
  ETCTS_API_BEGIN()
  const auto& tensor = *etcts::jni::tensor_from_handle(handle).tensor;
  const size_t nbytes = tensor.nbytes();
  const size_t available = etcts::jni::primitive_array_bytes(env, array);
  if (available != nbytes) {
    throw RuntimeError(Error::InvalidArgument, "read a tensor of " + std::to_string(nbytes) +
                                                   " bytes into an array of " + std::to_string(available) + " bytes");
  }
  if (nbytes == 0) {
    return;
  }
  const void* source = tensor.const_data_ptr();
  if (source == nullptr) {
    throw RuntimeError(Error::InvalidState, "read a tensor that has no data");
  }
  void* elements = env->GetPrimitiveArrayCritical(static_cast<jarray>(array), nullptr);
  if (elements == nullptr) {
    throw etcts::jni::JavaExceptionPending{};
  }
  std::memcpy(elements, source, nbytes);
  env->ReleasePrimitiveArrayCritical(static_cast<jarray>(array), elements, 0);
  ETCTS_API_END_VOID()
}

void JNICALL nativeDestroy(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  delete etcts::jni::from_handle<TensorHolder>(handle, "tensor");
  ETCTS_API_END_VOID()
}

}  // namespace

namespace etcts::jni {

NativeTable tensor_natives() {
  return {"org/etcts/executorch/Tensor",
          {
              {"nativeWrapBuffer", "(Ljava/nio/ByteBuffer;II[I[I[III)J", nativeWrapBuffer},
              {"nativeCopyFromBuffer", "(Ljava/nio/ByteBuffer;II[I[I[III)J", nativeCopyFromBuffer},
              {"nativeCopyFromArray", "(Ljava/lang/Object;II[I[I[III)J", nativeCopyFromArray},
              {"nativeMetadata", "(J)[J", nativeMetadata},
              {"nativeReadInto", "(JLjava/lang/Object;)V", nativeReadInto},
              {"nativeDestroy", "(J)V", nativeDestroy},
          }};
}

}  // namespace etcts::jni
