// The PAL log hook and its queue (see log_capture.h).
#include "log_capture.h"

#include <atomic>
#include <deque>
#include <mutex>
#include <string>

#include "executorch_sdk.h"

namespace etcts::jni {
namespace {

// The queue and its lock are created on first use and never destroyed: the hook stays installed in
// the runtime until the process ends, and a runtime thread (or a Java thread still running during
// System.exit) may log after this library's static destructors have run. A destroyed deque there
// would be a use-after-free at exit.
struct Queue {
  std::mutex mutex;
  std::deque<LogRecord> records;  // guarded by mutex
};

Queue& queue() {
  static Queue* const instance = new Queue();
  return *instance;
}

std::atomic<uint64_t> g_dropped{0};
// Never destroyed, for the same reason as the queue; Java holds a buffer over it.
std::atomic<int64_t>* const g_queued = new std::atomic<int64_t>(0);
static_assert(std::atomic<int64_t>::is_always_lock_free, "Java reads the queued count as a plain 64-bit word");
std::atomic<bool> g_forward{true};
std::atomic<bool> g_installed{false};
// The lines of the calling thread's innermost CallLogScope; null outside one. A plain pointer, so
// that a runtime worker thread that logs never constructs (or destroys at exit) thread-local state.
thread_local std::vector<std::string>* t_call_lines = nullptr;

// "E program.cpp:67] text": the file's base name keeps the line short.
std::string call_log_line(const LogRecord& record) {
  const size_t slash = record.file.find_last_of('/');
  const std::string file = slash == std::string::npos ? record.file : record.file.substr(slash + 1);
  return std::string(1, record.level) + " " + file + ":" + std::to_string(record.line) + "] " + record.text;
}

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
    if (std::vector<std::string>* lines = t_call_lines) {
      if (lines->size() >= kCallLogCapacity) {
        lines->erase(lines->begin());
      }
      lines->push_back(call_log_line(record));
    }
    Queue& q = queue();
    std::lock_guard<std::mutex> lock(q.mutex);
    if (q.records.size() >= kLogQueueCapacity) {
      q.records.pop_front();
      g_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    q.records.push_back(std::move(record));
    g_queued->store(static_cast<int64_t>(q.records.size()), std::memory_order_release);
  } catch (...) {
    // Out of memory while logging: the message is lost, the runtime carries on.
    g_dropped.fetch_add(1, std::memory_order_relaxed);
  }
}

}  // namespace

bool install_log_capture() {
  static std::once_flag once;
  std::call_once(once, [] {
    (void)queue();  // exists before the hook can run
    const executorch::runtime::PalImpl* current = executorch::runtime::get_pal_impl();
    g_previous = current == nullptr ? nullptr : current->emit_log_message;
    const bool ok = executorch::runtime::register_pal(executorch::runtime::PalImpl::create(&capture, __FILE__));
    g_installed.store(ok);
  });
  return g_installed.load();
}

CallLogScope::CallLogScope() noexcept : previous_(t_call_lines) {
  t_call_lines = &lines_;
}

CallLogScope::~CallLogScope() {
  t_call_lines = previous_;
}

std::vector<std::string> call_log_lines() {
  return t_call_lines == nullptr ? std::vector<std::string>() : *t_call_lines;
}

bool log_capture_installed() {
  return g_installed.load();
}

std::vector<LogRecord> drain_log_records(size_t max) {
  std::vector<LogRecord> out;
  Queue& q = queue();
  std::lock_guard<std::mutex> lock(q.mutex);
  while (!q.records.empty() && out.size() < max) {
    out.push_back(std::move(q.records.front()));
    q.records.pop_front();
  }
  g_queued->store(static_cast<int64_t>(q.records.size()), std::memory_order_release);
  return out;
}

std::atomic<int64_t>& queued_log_record_count() {
  return *g_queued;
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
