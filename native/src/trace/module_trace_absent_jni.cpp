// The tracing methods of org.etcts.executorch.Module in a library linked without the build's etdump
// component (a source build configured without the devtools, or a linkage variant): tracing cannot be
// enabled, and says why. module_trace_jni.cpp is the real implementation.
#include <jni.h>

#include "jni_boundary.h"
#include "module_holder.h"
#include "native_registration.h"
#include "trace/module_trace_table.h"

namespace {

void JNICALL nativeEnableTracing(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  const etcts::jni::ModuleHolder& holder = etcts::jni::module_from_handle(handle);
  throw etcts::jni::RuntimeError(executorch::runtime::Error::NotSupported,
                                 "enable tracing of " + etcts::jni::in_quotes(holder.file_path),
                                 "this library links no etdump component; use a build that ships the ETDump "
                                 "event tracer (the wheel's libexecutorch_etdump.so, or "
                                 "-DEXECUTORCH_BUILD_DEVTOOLS=ON -DEXECUTORCH_ENABLE_EVENT_TRACER=ON)");
  ETCTS_API_END_VOID()
}

jboolean JNICALL nativeIsTracing(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  etcts::jni::module_from_handle(handle);
  return JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

jbyteArray JNICALL nativeTakeTrace(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  const etcts::jni::ModuleHolder& holder = etcts::jni::module_from_handle(handle);
  throw etcts::jni::RuntimeError(executorch::runtime::Error::NotSupported,
                                 "take the trace of " + etcts::jni::in_quotes(holder.file_path),
                                 "this library links no etdump component, so tracing is never enabled");
  ETCTS_API_END(nullptr)
}

}  // namespace

namespace etcts::jni {

NativeTable module_trace_natives() {
  return module_trace_table(nativeEnableTracing, nativeIsTracing, nativeTakeTrace);
}

}  // namespace etcts::jni
