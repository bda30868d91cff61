// Native half of the tracing methods of org.etcts.executorch.Module: give a module the runtime's ETDump
// event tracer, and take the trace it recorded as ETDump bytes (a size-prefixed flatbuffer). Linked only
// into libraries that link the build's etdump component; the others get module_trace_absent_jni.cpp.
#include <jni.h>

#include <cstring>
#include <memory>
#include <string>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include <executorch/devtools/etdump/etdump_flatcc.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include "jni_boundary.h"
#include "module_holder.h"
#include "native_registration.h"
#include "trace/module_trace_table.h"

// The trace buffer ETDumpGen finalizes without a caller-provided buffer comes from flatcc's aligned
// allocator, so it goes back to flatcc's aligned free (exported by the etdump library).
extern "C" void flatcc_builder_aligned_free(void* pointer);

namespace {

using etcts::jni::module_from_handle;
using etcts::jni::ModuleHolder;
using etcts::jni::in_quotes;
using etcts::jni::RuntimeError;
using executorch::extension::Module;
using executorch::etdump::ETDumpGen;
using executorch::runtime::Error;

ETDumpGen& tracer_of(ModuleHolder& holder) {
  if (holder.tracer == nullptr) {
    throw RuntimeError(Error::InvalidState, "take the trace of " + in_quotes(holder.file_path),
                       "tracing is not enabled; enable it before the program loads");
  }
  return *static_cast<ETDumpGen*>(holder.tracer);
}

// The runtime's module takes its event tracer at construction, so enabling tracing makes the module
// again, with an ETDumpGen; the Java side allows it only before the program is loaded, when the module
// holds nothing but its paths and load mode.
void JNICALL nativeEnableTracing(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  ModuleHolder& holder = module_from_handle(handle);
  if (holder.tracer != nullptr) {
    return;
  }
  if (holder.module->is_loaded()) {
    throw RuntimeError(Error::InvalidState, "enable tracing of " + in_quotes(holder.file_path),
                       "the program is already loaded; enable tracing before the first load");
  }
  auto tracer = std::make_unique<ETDumpGen>();
  ETDumpGen* raw = tracer.get();
  holder.module = holder.data_file_paths.empty()
                      ? std::make_unique<Module>(holder.file_path, holder.load_mode, std::move(tracer))
                      : std::make_unique<Module>(holder.file_path, holder.data_file_paths, holder.load_mode,
                                                 std::move(tracer));
  holder.tracer = raw;
  ETCTS_API_END_VOID()
}

jboolean JNICALL nativeIsTracing(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  return module_from_handle(handle).tracer != nullptr ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

// The trace recorded since tracing was enabled or the trace was last taken, as ETDump bytes; empty
// when nothing was recorded. The tracer then starts a new trace.
jbyteArray JNICALL nativeTakeTrace(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  ETDumpGen& tracer = tracer_of(module_from_handle(handle));
  const executorch::etdump::ETDumpResult result = tracer.get_etdump_data();
  const jsize size = result.buf == nullptr ? 0 : static_cast<jsize>(result.size);
  jbyteArray bytes = env->NewByteArray(size);
  if (bytes != nullptr && size > 0) {
    env->SetByteArrayRegion(bytes, 0, size, static_cast<const jbyte*>(result.buf));
  }
  if (result.buf != nullptr && !tracer.is_static_etdump()) {
    flatcc_builder_aligned_free(result.buf);
  }
  tracer.reset();
  etcts::jni::check_java(env);
  return bytes;
  ETCTS_API_END(nullptr)
}

}  // namespace

namespace etcts::jni {

NativeTable module_trace_natives() {
  return module_trace_table(nativeEnableTracing, nativeIsTracing, nativeTakeTrace);
}

}  // namespace etcts::jni
