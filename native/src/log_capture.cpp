// The PAL log hook and its queue (see log_capture.h).
#include "log_capture.h"

#include <atomic>
#include <deque>
#include <mutex>

#include "executorch_sdk.h"

namespace etcts::jni {
namespace {



std::mutex g_mutex;
std::deque<LogRecord> g_queue;  // guarded by g_mutex
std::atomic<uint64_t> g_dropped{0};
std::atomic<bool> g_forward{true};
std::atomic<bool> g_installed{false};
// The emitter active before ours; written once, before the hook can run.
::pal_emit_log_message_method g_previous = nullptr;

void capture(et_timestamp_t timestamp, et_pal_log_level_t level, const char* filename, const char* function,
             size_t line, const char* message, size_t length) {
  if (g_forward.load(std::memory_order_relaxed) && g_previous != nullptr) {
    g_previous(timestamp, level, filename, function, line, message, length);
  }
  try {
    const et_tick_ratio_t ratio = executorch::runtime::pal_ticks_to_ns_multiplier();
    LogRecord record;
    record.level = static_cast<char>(level);
    record.timestamp_ns = ratio.denominator == 0 ? timestamp : timestamp * ratio.numerator / ratio.denominator;
    record.file = filename == nullptr ? "" : filename;
    record.function = function == nullptr ? "" : function;
    record.line = line;
    if (message != nullptr) {
      // The runtime passes the formatted length; the text never includes the terminating NUL.
      size_t n = 0;
      while (n < length && message[n] != '\0') {
        ++n;
      }
      record.text.assign(message, n);
    }
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_queue.size() >= kLogQueueCapacity) {
      g_queue.pop_front();
      g_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    g_queue.push_back(std::move(record));
  } catch (...) {
    // Out of memory while logging: the message is lost, the runtime carries on.
    g_dropped.fetch_add(1, std::memory_order_relaxed);
  }
}

}  // namespace

bool install_log_capture() {
  static std::once_flag once;
  std::call_once(once, [] {
    const executorch::runtime::PalImpl* current = executorch::runtime::get_pal_impl();
    g_previous = current == nullptr ? nullptr : current->emit_log_message;
    const bool ok = executorch::runtime::register_pal(executorch::runtime::PalImpl::create(&capture, __FILE__));
    g_installed.store(ok);
  });
  return g_installed.load();
}

bool log_capture_installed() {
  return g_installed.load();
}

std::vector<LogRecord> drain_log_records(size_t max) {
  std::vector<LogRecord> out;
  std::lock_guard<std::mutex> lock(g_mutex);
  while (!g_queue.empty() && out.size() < max) {
    out.push_back(std::move(g_queue.front()));
    g_queue.pop_front();
  }
  return out;
}

uint64_t dropped_log_records() {
  return g_dropped.load();
}

void set_log_forwarding(bool forward) {
  g_forward.store(forward);
}

bool log_forwarding() {
  return g_forward.load();
}

}  // namespace etcts::jni
