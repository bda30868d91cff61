// kind: behaviour
// breaks: the log hook receives every message with line 0 and no function name
#include <executorch/runtime/platform/platform.h>

#include "interpose.h"

using executorch::runtime::PalImpl;

namespace {
pal_emit_log_message_method g_hook = nullptr;

void emit_without_line(et_timestamp_t timestamp, et_pal_log_level_t level, const char* filename, const char*,
                       size_t, const char* message, size_t length) {
  if (g_hook != nullptr) {
    g_hook(timestamp, level, filename, "", 0, message, length);
  }
}
}  // namespace

ETCTS_MUTANT_EXPORT PalImpl mutant_create(pal_emit_log_message_method emit, const char* source_filename)
    __asm__("_ZN10executorch7runtime7PalImpl6createEPFvm18et_pal_log_level_tPKcS4_mS4_mES4_");

PalImpl mutant_create(pal_emit_log_message_method emit, const char* source_filename) {
  ETCTS_ORIGINAL(PalImpl (*)(pal_emit_log_message_method, const char*),
                 "_ZN10executorch7runtime7PalImpl6createEPFvm18et_pal_log_level_tPKcS4_mS4_mES4_");
  g_hook = emit;
  return original_fn(emit == nullptr ? nullptr : &emit_without_line, source_filename);
}
