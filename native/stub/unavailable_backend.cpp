// EtctsUnavailableBackend: a backend that is registered but reports itself unavailable (LNK-05).
//
// Linked only into the `unavailable-backend` linkage variant of the JNI library (native/CMakeLists.txt),
// never into the suite's own library: it lives outside src/, which every library compiles. The fixture
// add_unavailable_backend.pte delegates its forward to this id (fixtures/export/unavailable_backend.py), so
// the runtime finds the backend, asks is_available(), and refuses the method with NotFound (32):
// "Backend EtctsUnavailableBackend is not available." (method.cpp). init() and execute() are never reached;
// they fail closed all the same.

// The SDK headers warn under -Wall -Wextra (see src/executorch_sdk.h); silenced for them only.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#endif
#include <executorch/runtime/backend/interface.h>
#include <executorch/runtime/platform/log.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace {

using executorch::runtime::ArrayRef;
using executorch::runtime::Backend;
using executorch::runtime::BackendExecutionContext;
using executorch::runtime::BackendInitContext;
using executorch::runtime::BackendInterface;
using executorch::runtime::CompileSpec;
using executorch::runtime::DelegateHandle;
using executorch::runtime::Error;
using executorch::runtime::EValue;
using executorch::runtime::FreeableBuffer;
using executorch::runtime::Result;
using executorch::runtime::Span;

constexpr const char* kBackendId = "EtctsUnavailableBackend";

class UnavailableBackend final : public BackendInterface {
 public:
  bool is_available() const override {
    return false;
  }

  Result<DelegateHandle*> init(BackendInitContext& /*context*/, FreeableBuffer* /*processed*/,
                               ArrayRef<CompileSpec> /*compile_specs*/) const override {
    ET_LOG(Error, "%s cannot initialise a delegate: it is unavailable by design", kBackendId);
    return Error::NotSupported;
  }

  Error execute(BackendExecutionContext& /*context*/, DelegateHandle* /*handle*/,
                Span<EValue*> /*args*/) const override {
    ET_LOG(Error, "%s cannot execute a delegate: it is unavailable by design", kBackendId);
    return Error::NotSupported;
  }
};

UnavailableBackend backend;

// The static registrar: runs when the library is loaded, like the registration of the runtime's own
// backends. A failed registration (a duplicate id, a full registry) is logged; the scenario then sees
// "is not registered" instead of "is not available" and says so.
[[maybe_unused]] const bool registered = [] {
  Error error = executorch::runtime::register_backend(Backend{kBackendId, &backend});
  if (error != Error::Ok) {
    ET_LOG(Error, "registering %s failed: error %d", kBackendId, static_cast<int>(error));
  }
  return error == Error::Ok;
}();

}  // namespace
