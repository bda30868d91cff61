// Capture of the runtime's log messages through its platform abstraction layer (PAL).
//
// The runtime emits every log line through the PAL's emit_log_message hook, from whatever thread
// logged: a Java thread inside a binding call, or a thread-pool worker of a kernel or delegate. The
// hook installed here never calls into the JVM. It copies the message into a bounded,
// mutex-protected queue (the oldest entries are dropped when it is full, and counted), and, unless
// turned off, also passes it to the emitter that was active before (the runtime's default one
// prints to stderr). Java drains the queue on its own threads (log_jni.cpp, Log.java).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace etcts::jni {

struct LogRecord {
  char level;              // et_pal_log_level_t: 'D', 'I', 'E', 'F' or '?'
  uint64_t timestamp_ns;   // since the PAL was initialised, converted from ticks
  std::string file;
  std::string function;
  uint64_t line;
  std::string text;
};

// Installs the hook (once; later calls do nothing). Returns whether the runtime accepted it.
bool install_log_capture();

// Whether the hook is installed.
bool log_capture_installed();

// Removes and returns up to max queued records, oldest first.
std::vector<LogRecord> drain_log_records(size_t max);

// The number of records queued now, kept in a lock-free 64-bit word whose address Java reads through a
// direct buffer (Log.deliverPending), so a binding call that logged nothing costs no JNI call to find out.
// Updated under the queue's lock, with release order, after every change of the queue.
std::atomic<int64_t>& queued_log_record_count();

// The number of records dropped because the queue was full, since the library was loaded.
uint64_t dropped_log_records();

// Whether captured messages are also passed to the previous emitter (stderr by default). On by default.
void set_log_forwarding(bool forward);
bool log_forwarding();

// While one is alive on a thread, the runtime's log lines emitted on that thread are also kept in
// it (the last kCallLogCapacity of them), so that a failing binding call can carry the runtime's
// own explanation in its exception. Every JNI entry point opens one (ETCTS_API_BEGIN); scopes nest,
// the innermost collects. Lines logged by the runtime's worker threads reach only the queue.
class CallLogScope {
 public:
  CallLogScope() noexcept;
  ~CallLogScope();
  CallLogScope(const CallLogScope&) = delete;
  CallLogScope& operator=(const CallLogScope&) = delete;

 private:
  std::vector<std::string> lines_;
  std::vector<std::string>* previous_;
};

// The lines the innermost CallLogScope of the calling thread collected, oldest first, each as
// "<level> <file>:<line>] <text>"; empty outside a scope.
std::vector<std::string> call_log_lines();

// The most lines a CallLogScope keeps (the oldest are dropped).
constexpr size_t kCallLogCapacity = 16;

// The most records the queue holds before dropping the oldest.
constexpr size_t kLogQueueCapacity = 4096;

}  // namespace etcts::jni
