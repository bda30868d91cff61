// kind: behaviour
// breaks: a program that fails to load reports Internal instead of the runtime's error code (Module::load)
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

namespace {
Error mutate(Error error) {
  return error == Error::Ok ? error : Error::Internal;
}
}  // namespace

ETCTS_MUTANT_EXPORT Error mutant_load(Module* self, Program::Verification verification) __asm__("_ZN10executorch9extension6module6Module4loadENS_7runtime7Program12VerificationE");
ETCTS_MUTANT_EXPORT Error mutant_load_with_options(Module* self, const LoadBackendOptionsMap& options,
                                                   Program::Verification verification) __asm__("_ZN10executorch9extension6module6Module4loadERKNS_7runtime21LoadBackendOptionsMapENS3_7Program12VerificationE");

Error mutant_load(Module* self, Program::Verification verification) {
  ETCTS_ORIGINAL(Error (*)(Module*, Program::Verification), "_ZN10executorch9extension6module6Module4loadENS_7runtime7Program12VerificationE");
  return mutate(original_fn(self, verification));
}

Error mutant_load_with_options(Module* self, const LoadBackendOptionsMap& options,
                               Program::Verification verification) {
  ETCTS_ORIGINAL(Error (*)(Module*, const LoadBackendOptionsMap&, Program::Verification), "_ZN10executorch9extension6module6Module4loadERKNS_7runtime21LoadBackendOptionsMapENS3_7Program12VerificationE");
  return mutate(original_fn(self, options, verification));
}
