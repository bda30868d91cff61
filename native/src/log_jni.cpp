// Native half of org.etcts.executorch.Log: draining the captured runtime messages (log_capture.h).
//
// nativeDrain packs up to max records as Object[] {long[] numbers, String[] texts}: numbers holds
// {level, timestamp ns, line} and texts {file, function, message} per record, oldest first. It
// returns null when nothing is queued.
#include <jni.h>

#include <string>
#include <vector>

#include "jni_boundary.h"
#include "native_registration.h"
#include "log_capture.h"

namespace {

jobjectArray JNICALL nativeDrain(JNIEnv* env, jclass, jint max) {
  ETCTS_API_BEGIN()
  const auto records = etcts::jni::drain_log_records(max <= 0 ? 0 : static_cast<size_t>(max));
  if (records.empty()) {
    return nullptr;
  }
  std::vector<int64_t> numbers;
  std::vector<std::string> texts;
  numbers.reserve(3 * records.size());
  texts.reserve(3 * records.size());
  for (const auto& record : records) {
    numbers.push_back(static_cast<unsigned char>(record.level));
    numbers.push_back(static_cast<int64_t>(record.timestamp_ns));
    numbers.push_back(static_cast<int64_t>(record.line));
    texts.push_back(record.file);
    texts.push_back(record.function);
    texts.push_back(record.text);
  }
  jobjectArray result = etcts::jni::new_object_array(env, 2);
  etcts::jni::set_element(env, result, 0, etcts::jni::to_jlong_array(env, numbers));
  etcts::jni::set_element(env, result, 1, etcts::jni::to_string_array(env, texts));
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
