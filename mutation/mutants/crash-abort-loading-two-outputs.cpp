// kind: crash
// breaks: loading the program two_outputs.pte aborts the process (Module::load calls abort())
#include <csignal>
#include <mutex>
#include <set>
#include <thread>
#include <string>
#include <vector>

#include <executorch/extension/module/module.h>

#include "interpose.h"

using executorch::extension::module::Module;
using executorch::runtime::Error;
using executorch::runtime::EValue;
using executorch::runtime::LoadBackendOptionsMap;
using executorch::runtime::Program;
using executorch::runtime::Result;

using executorch::runtime::EventTracer;
using executorch::runtime::MemoryAllocator;
using LoadMode = Module::LoadMode;
using Tracer = std::unique_ptr<EventTracer>;
using Allocator = std::unique_ptr<MemoryAllocator>;
using Construct = void (*)(Module*, const std::string&, LoadMode, Tracer, Allocator, Allocator, bool);
using ConstructWithData = void (*)(Module*, const std::string&, std::vector<std::string>, LoadMode, Tracer, Allocator,
                                   Allocator, bool);

ETCTS_MUTANT_EXPORT void mutant_construct(Module* self, const std::string& path, LoadMode mode, Tracer tracer,
                                          Allocator memory, Allocator temp, bool share) __asm__("_ZN10executorch9extension6module6ModuleC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEENS2_8LoadModeESt10unique_ptrINS_7runtime11EventTracerESt14default_deleteISE_EESC_INSD_15MemoryAllocatorESF_ISI_EESK_b");
ETCTS_MUTANT_EXPORT void mutant_construct_with_data(Module* self, const std::string& path,
                                                    std::vector<std::string> data_files, LoadMode mode, Tracer tracer,
                                                    Allocator memory, Allocator temp, bool share)
    __asm__("_ZN10executorch9extension6module6ModuleC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS8_SaIS8_EENS2_8LoadModeESt10unique_ptrINS_7runtime11EventTracerESt14default_deleteISH_EESF_INSG_15MemoryAllocatorESI_ISL_EESN_b");
ETCTS_MUTANT_EXPORT Error mutant_load(Module* self, Program::Verification verification) __asm__("_ZN10executorch9extension6module6Module4loadENS_7runtime7Program12VerificationE");

namespace {
std::mutex g_mutex;
std::set<const Module*> g_marked;

void note(const Module* self, const std::string& path) {
  const std::string fixture = "/two_outputs.pte";
  const bool marked = path.size() >= fixture.size() && path.compare(path.size() - fixture.size(), fixture.size(), fixture) == 0;
  std::lock_guard<std::mutex> lock(g_mutex);
  if (marked) {
    g_marked.insert(self);
  } else {
    g_marked.erase(self);  // an address reused by another module
  }
}

bool is_marked(const Module* self) {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_marked.count(self) != 0;
}
}  // namespace

void mutant_construct(Module* self, const std::string& path, LoadMode mode, Tracer tracer, Allocator memory,
                      Allocator temp, bool share) {
  ETCTS_ORIGINAL(Construct, "_ZN10executorch9extension6module6ModuleC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEENS2_8LoadModeESt10unique_ptrINS_7runtime11EventTracerESt14default_deleteISE_EESC_INSD_15MemoryAllocatorESF_ISI_EESK_b");
  note(self, path);
  original_fn(self, path, mode, std::move(tracer), std::move(memory), std::move(temp), share);
}

void mutant_construct_with_data(Module* self, const std::string& path, std::vector<std::string> data_files,
                                LoadMode mode, Tracer tracer, Allocator memory, Allocator temp, bool share) {
  ETCTS_ORIGINAL(ConstructWithData, "_ZN10executorch9extension6module6ModuleC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS8_SaIS8_EENS2_8LoadModeESt10unique_ptrINS_7runtime11EventTracerESt14default_deleteISH_EESF_INSG_15MemoryAllocatorESI_ISL_EESN_b");
  note(self, path);
  original_fn(self, path, std::move(data_files), mode, std::move(tracer), std::move(memory), std::move(temp), share);
}

Error mutant_load(Module* self, Program::Verification verification) {
  ETCTS_ORIGINAL(Error (*)(Module*, Program::Verification), "_ZN10executorch9extension6module6Module4loadENS_7runtime7Program12VerificationE");
  if (is_marked(self)) {
    std::abort();
  }
  return original_fn(self, verification);
}
