// The native object behind a Java BackendOptionsMap, shared by backend_options_map_jni.cpp (which builds
// it) and module_options_jni.cpp (which passes it to the module's load calls).
#pragma once

#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"

namespace etcts::jni {

// The runtime's LoadBackendOptionsMap does not own its option arrays (it holds spans), so the holder
// owns them next to the map. The arrays are filled completely before the map takes spans of them and
// are never resized afterwards, so the spans stay valid for the holder's lifetime.
struct BackendOptionsHolder {
  std::vector<std::vector<executorch::runtime::BackendOption>> storage;
  executorch::runtime::LoadBackendOptionsMap map;
};

inline BackendOptionsHolder& backend_options_from_handle(jlong handle) {
  return *from_handle<BackendOptionsHolder>(handle, "backend options map");
}

}  // namespace etcts::jni
