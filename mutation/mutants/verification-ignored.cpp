// kind: behaviour
// breaks: the verification asked for is ignored: every program is loaded with Minimal verification (Module::load)
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

ETCTS_MUTANT_EXPORT Error mutant_load(Module* self, Program::Verification verification) __asm__("_ZN10executorch9extension6module6Module4loadENS_7runtime7Program12VerificationE");
ETCTS_MUTANT_EXPORT Error mutant_load_with_options(Module* self, const LoadBackendOptionsMap& options,
                                                   Program::Verification verification) __asm__("_ZN10executorch9extension6module6Module4loadERKNS_7runtime21LoadBackendOptionsMapENS3_7Program12VerificationE");

Error mutant_load(Module* self, Program::Verification) {
  ETCTS_ORIGINAL(Error (*)(Module*, Program::Verification), "_ZN10executorch9extension6module6Module4loadENS_7runtime7Program12VerificationE");
  return original_fn(self, Program::Verification::Minimal);
}

Error mutant_load_with_options(Module* self, const LoadBackendOptionsMap& options, Program::Verification) {
  ETCTS_ORIGINAL(Error (*)(Module*, const LoadBackendOptionsMap&, Program::Verification), "_ZN10executorch9extension6module6Module4loadERKNS_7runtime21LoadBackendOptionsMapENS3_7Program12VerificationE");
  return original_fn(self, options, Program::Verification::Minimal);
}
