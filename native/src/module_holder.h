// The native object behind a Java Module, shared by the translation units that implement Module's
// native methods (module_jni.cpp, module_io_jni.cpp, method_metadata_jni.cpp).
#pragma once

#include <jni.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "file_header.h"
#include "jni_boundary.h"

namespace etcts::jni {

// Per index of a method's inputs (or outputs), every tensor the runtime may still be pointing at.
using RetainedSlots = std::vector<std::vector<executorch::extension::TensorPtr>>;

struct ModuleHolder {
  std::string file_path;
  std::vector<std::string> data_file_paths;
  std::unique_ptr<executorch::extension::Module> module;
  // The runtime copies memory-planned inputs when binding them, but aliases the data of inputs that
  // are not planned and keeps them bound across executions; output buffers set with set_output are
  // always aliased. So every tensor passed to execute, set_input(s) or set_output stays alive here
  // until it is replaced by a successful call, the method is unloaded or the module destroyed.
  std::unordered_map<std::string, RetainedSlots> bound_inputs;
  std::unordered_map<std::string, RetainedSlots> bound_outputs;
};

inline ModuleHolder& module_from_handle(jlong handle) {
  return *from_handle<ModuleHolder>(handle, "module");
}

// Not named quoted: with libc++ (macOS), argument-dependent lookup on a std::string also finds
// std::quoted, which then wins and yields a stream manipulator instead of a string.
inline std::string in_quotes(const std::string& text) {
  return "'" + text + "'";
}

// Throws unless the program's load succeeded: "load program '<file>'", and, when the program or a
// data file is shorter than its header says, which one and both sizes.
inline void check_program_load(const ModuleHolder& holder, executorch::runtime::Error error) {
  if (error == executorch::runtime::Error::Ok) {
    return;
  }
  std::string why = truncation_note(holder.file_path);
  for (const auto& data_file : holder.data_file_paths) {
    const std::string note = truncation_note(data_file);
    why += why.empty() || note.empty() ? note : "; " + note;
  }
  throw RuntimeError(error, "load program " + in_quotes(holder.file_path), why);
}

// Loads the program unless it is loaded, so that a program that cannot load fails as "load program
// '<file>'" rather than as whichever later call loaded it implicitly (execute, method_names, ...).
inline void ensure_program_loaded(ModuleHolder& holder) {
  if (!holder.module->is_loaded()) {
    check_program_load(holder, holder.module->load());
  }
}

// Loads the program and then the method unless they are loaded, so that each failure names its phase.
inline void ensure_method_loaded(ModuleHolder& holder, const std::string& method) {
  ensure_program_loaded(holder);
  if (!holder.module->is_method_loaded(method)) {
    check(holder.module->load_method(method), "load method " + in_quotes(method));
  }
}

// Records that tensor (may be null: nothing to keep) was passed for slot index. After a successful
// call only it is kept; after a failed one the runtime may have stopped part-way, so the earlier
// candidates are kept as well.
inline void retain(RetainedSlots& slots, size_t index, const executorch::extension::TensorPtr& tensor,
                   bool succeeded) {
  if (slots.size() <= index) {
    slots.resize(index + 1);
  }
  auto& candidates = slots[index];
  if (succeeded) {
    candidates.clear();
  }
  if (tensor == nullptr) {
    return;
  }
  for (const auto& candidate : candidates) {
    if (candidate == tensor) {
      return;
    }
  }
  candidates.push_back(tensor);
}

}  // namespace etcts::jni
