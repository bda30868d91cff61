// One way to make a CPU TensorPtr over caller-owned data, whatever form of extension::make_tensor_ptr the
// build under test offers. The form is not guessed from a version number: the configure step compiles
// each known form against the build's headers and records the one that compiles in the generated
// etcts_executorch_api.h (native/cmake/ExecuTorchApiProbes.cmake).
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "etcts_executorch_api.h"
#include "executorch_sdk.h"

namespace etcts::jni {

/** A tensor on the CPU over data, kept alive (or released) by deleter, with the given layout. */
inline executorch::extension::TensorPtr make_cpu_tensor_ptr(
    std::vector<executorch::aten::SizesType> sizes, void* data, std::vector<executorch::aten::DimOrderType> dim_order,
    std::vector<executorch::aten::StridesType> strides, executorch::aten::ScalarType type,
    executorch::aten::TensorShapeDynamism dynamism, std::function<void(void*)> deleter) {
#if defined(ETCTS_MAKE_TENSOR_PTR_DEVICE_BEFORE_DYNAMISM)
  return executorch::extension::make_tensor_ptr(std::move(sizes), data, std::move(dim_order), std::move(strides), type,
                                                executorch::aten::Device(executorch::aten::DeviceType::CPU), dynamism,
                                                std::move(deleter));
#elif defined(ETCTS_MAKE_TENSOR_PTR_DEVICE_AFTER_DELETER)
  return executorch::extension::make_tensor_ptr(std::move(sizes), data, std::move(dim_order), std::move(strides), type,
                                                dynamism, std::move(deleter),
                                                executorch::aten::Device(executorch::aten::DeviceType::CPU));
#elif defined(ETCTS_MAKE_TENSOR_PTR_NO_DEVICE)
  return executorch::extension::make_tensor_ptr(std::move(sizes), data, std::move(dim_order), std::move(strides), type,
                                                dynamism, std::move(deleter));
#else
#error "etcts_executorch_api.h names no make_tensor_ptr form; the configure-time API probe did not run"
#endif
}

}  // namespace etcts::jni
