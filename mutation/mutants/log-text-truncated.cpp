// kind: behaviour
// breaks: the runtime's log messages lose their last word (the text is cut at its last space)
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include <executorch/runtime/platform/log.h>

#include "interpose.h"

using executorch::runtime::LogLevel;

ETCTS_MUTANT_EXPORT void mutant_vlogf(LogLevel level, et_timestamp_t timestamp, const char* filename,
                                      const char* function, size_t line, const char* format, va_list args)
    __asm__("_ZN10executorch7runtime8internal5vlogfENS0_8LogLevelEmPKcS4_mS4_P13__va_list_tag");

namespace {
void call_original(LogLevel level, et_timestamp_t timestamp, const char* filename, const char* function, size_t line,
                   const char* format, ...) {
  ETCTS_ORIGINAL(void (*)(LogLevel, et_timestamp_t, const char*, const char*, size_t, const char*, va_list),
                 "_ZN10executorch7runtime8internal5vlogfENS0_8LogLevelEmPKcS4_mS4_P13__va_list_tag");
  va_list args;
  va_start(args, format);
  original_fn(level, timestamp, filename, function, line, format, args);
  va_end(args);
}
}  // namespace

void mutant_vlogf(LogLevel level, et_timestamp_t timestamp, const char* filename, const char* function, size_t line,
                  const char* format, va_list args) {
  char text[512];
  std::vsnprintf(text, sizeof text, format, args);
  if (char* space = std::strrchr(text, ' ')) {
    *space = '\0';
  }
  call_original(level, timestamp, filename, function, line, "%s", text);
}
