// kind: behaviour
// breaks: the data files given to a module are dropped: its program sees no external data
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

void mutant_construct(Module* self, const std::string& path, LoadMode mode, Tracer tracer, Allocator memory,
                      Allocator temp, bool share) {
  ETCTS_ORIGINAL(Construct, "_ZN10executorch9extension6module6ModuleC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEENS2_8LoadModeESt10unique_ptrINS_7runtime11EventTracerESt14default_deleteISE_EESC_INSD_15MemoryAllocatorESF_ISI_EESK_b");
  original_fn(self, path, mode, std::move(tracer), std::move(memory), std::move(temp), share);
}

void mutant_construct_with_data(Module* self, const std::string& path, std::vector<std::string>, LoadMode mode,
                                Tracer tracer, Allocator memory, Allocator temp, bool share) {
  ETCTS_ORIGINAL(Construct, "_ZN10executorch9extension6module6ModuleC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEENS2_8LoadModeESt10unique_ptrINS_7runtime11EventTracerESt14default_deleteISE_EESC_INSD_15MemoryAllocatorESF_ISI_EESK_b");
  original_fn(self, path, mode, std::move(tracer), std::move(memory), std::move(temp), share);
}
