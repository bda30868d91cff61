// kind: behaviour
// breaks: the runtime's Error messages are reported at Info level
#include <cstdarg>

#include <executorch/runtime/platform/log.h>

#include "interpose.h"

using executorch::runtime::LogLevel;

ETCTS_MUTANT_EXPORT void mutant_vlogf(LogLevel level, et_timestamp_t timestamp, const char* filename,
                                      const char* function, size_t line, const char* format, va_list args)
    __asm__("_ZN10executorch7runtime8internal5vlogfENS0_8LogLevelEmPKcS4_mS4_P13__va_list_tag");

void mutant_vlogf(LogLevel level, et_timestamp_t timestamp, const char* filename, const char* function, size_t line,
                  const char* format, va_list args) {
  ETCTS_ORIGINAL(void (*)(LogLevel, et_timestamp_t, const char*, const char*, size_t, const char*, va_list),
                 "_ZN10executorch7runtime8internal5vlogfENS0_8LogLevelEmPKcS4_mS4_P13__va_list_tag");
  original_fn(level == LogLevel::Error ? LogLevel::Info : level, timestamp, filename, function, line, format, args);
}
