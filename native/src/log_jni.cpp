// Native half of org.etcts.executorch.Log: draining the captured runtime messages (log_capture.h).
//
// nativeDrain packs up to max records, oldest first, as NativeLayout.java states (LOG_*; native_layout.h).
// It returns null when nothing is queued.
#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_layout.h"
#include "native_registration.h"
#include "log_capture.h"

namespace {

jobjectArray JNICALL nativeDrain(JNIEnv* env, jclass, jint max) {
  ETCTS_API_BEGIN()
  const auto records = etcts::jni::drain_log_records(max <= 0 ? 0 : static_cast<size_t>(max));
  if (records.empty()) {
    return nullptr;
  }
  namespace layout = etcts::jni::layout;
  std::vector<int64_t> numbers(layout::LOG_NUMBERS_PER_RECORD * records.size());
  std::vector<std::string> texts(layout::LOG_TEXTS_PER_RECORD * records.size());
  for (size_t r = 0; r < records.size(); ++r) {
    const auto& record = records[r];
    int64_t* number = &numbers[layout::LOG_NUMBERS_PER_RECORD * r];
    number[layout::LOG_LEVEL] = static_cast<unsigned char>(record.level);
    number[layout::LOG_TIMESTAMP] = static_cast<int64_t>(record.timestamp_ns);
    number[layout::LOG_LINE] = static_cast<int64_t>(record.line);
    std::string* text = &texts[layout::LOG_TEXTS_PER_RECORD * r];
    text[layout::LOG_FILE] = record.file;
    text[layout::LOG_FUNCTION] = record.function;
    text[layout::LOG_MESSAGE] = record.text;
  }
  jobjectArray result = etcts::jni::new_object_array(env, layout::LOG_SLOTS);
  etcts::jni::set_element(env, result, layout::LOG_NUMBERS, etcts::jni::to_jlong_array(env, numbers));
  etcts::jni::set_element(env, result, layout::LOG_TEXTS, etcts::jni::to_string_array(env, texts));
  return result;
  ETCTS_API_END(nullptr)
}

jlong JNICALL nativeDroppedCount(JNIEnv* env, jclass) {
  ETCTS_API_BEGIN()
  return static_cast<jlong>(etcts::jni::dropped_log_records());
  ETCTS_API_END(0)
}

jboolean JNICALL nativeIsCaptureInstalled(JNIEnv* env, jclass) {
  ETCTS_API_BEGIN()
  return etcts::jni::log_capture_installed() ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

void JNICALL nativeSetForwarding(JNIEnv* env, jclass, jboolean forward) {
  ETCTS_API_BEGIN()
  etcts::jni::set_log_forwarding(forward == JNI_TRUE);
  ETCTS_API_END_VOID()
}

jboolean JNICALL nativeIsForwarding(JNIEnv* env, jclass) {
  ETCTS_API_BEGIN()
  return etcts::jni::log_forwarding() ? JNI_TRUE : JNI_FALSE;
  ETCTS_API_END(JNI_FALSE)
}

}  // namespace

namespace etcts::jni {

NativeTable log_natives() {
  return {"org/etcts/executorch/Log",
          {
              {"nativeDrain", "(I)[Ljava/lang/Object;", nativeDrain},
              {"nativeDroppedCount", "()J", nativeDroppedCount},
              {"nativeIsCaptureInstalled", "()Z", nativeIsCaptureInstalled},
              {"nativeSetForwarding", "(Z)V", nativeSetForwarding},
              {"nativeIsForwarding", "()Z", nativeIsForwarding},
          }};
}

}  // namespace etcts::jni
