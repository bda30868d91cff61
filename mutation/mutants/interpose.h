// What every runtime mutant shares: how it exports the one runtime symbol it replaces, and how it finds
// the runtime's own definition to call.
//
// A mutant is preloaded (LD_PRELOAD) into a process that uses the ExecuTorch build under test. It defines
// one or a few of the runtime's exported C++ functions under their mangled names, so the dynamic linker
// binds the JNI library's calls (and the runtime's own calls through its PLT or vtables) to the mutant.
// Everything else in a mutant is compiled with hidden visibility: the header-inline functions it pulls in
// (the log helpers, EValue and Tensor accessors) would otherwise be weak default-visibility copies that
// interpose the runtime's own in every process.
#pragma once

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

// The one way a mutant exports a replacement: default visibility, the runtime's mangled name.
#define ETCTS_MUTANT_EXPORT __attribute__((visibility("default"), used))

namespace etcts_mutant {

// The runtime libraries a replaced symbol can come from, the core first.
inline const char* const kRuntimeLibraries[] = {
    "libexecutorch.so",
    "libexecutorch_kernels_optimized.so",
    "libexecutorch_kernels_quantized.so",
    "libexecutorch_backend_xnnpack.so",
};

// The runtime's own definition of a symbol. The JVM loads the JNI library, and with it the runtime, with
// RTLD_LOCAL, so dlsym(RTLD_NEXT, ...) may not see the runtime from here: look it up in the runtime
// library that is already loaded, by its handle (the handle's scope starts with the library itself, so
// this finds the runtime's definition, never the mutant's). RTLD_NEXT is the fallback for a runtime
// linked into the executable. Aborts when the symbol is nowhere: a mutant that cannot call through is
// no mutant of this build.
inline void* runtime_symbol(const char* mangled) {
  for (const char* library : kRuntimeLibraries) {
    void* handle = dlopen(library, RTLD_LAZY | RTLD_NOLOAD);
    if (handle == nullptr) {
      continue;
    }
    void* symbol = dlsym(handle, mangled);
    dlclose(handle);
    if (symbol != nullptr) {
      return symbol;
    }
  }
  if (void* symbol = dlsym(RTLD_NEXT, mangled)) {
    return symbol;
  }
  std::fprintf(stderr, "[etcts mutant] the runtime's %s is not loaded in this process\n", mangled);
  std::abort();
}

// The runtime's definition as a typed function pointer, looked up once.
template <typename Function>
Function original(const char* mangled) {
  return reinterpret_cast<Function>(runtime_symbol(mangled));
}

}  // namespace etcts_mutant

// Looks up the runtime's definition of the symbol being replaced, once per replacement.
#define ETCTS_ORIGINAL(Function, mangled) \
  static const auto original_fn = ::etcts_mutant::original<Function>(mangled)
