// The table of Module's tracing natives, shared by the two implementations a library can link
// (module_trace_jni.cpp with the etdump component, module_trace_absent_jni.cpp without it), so both
// register under the same names and signatures.
#pragma once

#include <jni.h>

#include "native_registration.h"

namespace etcts::jni {

inline NativeTable module_trace_table(void(JNICALL* enable_tracing)(JNIEnv*, jclass, jlong),
                                      jboolean(JNICALL* is_tracing)(JNIEnv*, jclass, jlong),
                                      jbyteArray(JNICALL* take_trace)(JNIEnv*, jclass, jlong)) {
  return {"org/etcts/executorch/Module",
          {
              {"nativeEnableTracing", "(J)V", enable_tracing},
              {"nativeIsTracing", "(J)Z", is_tracing},
              {"nativeTakeTrace", "(J)[B", take_trace},
          }};
}

}  // namespace etcts::jni
