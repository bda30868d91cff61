// Native half of org.etcts.executorch.BackendOptionsMap, over executorch::runtime::LoadBackendOptionsMap.
#include <jni.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "backend_options_holder.h"
#include "jni_boundary.h"
#include "native_layout.h"
#include "native_registration.h"

namespace {

using etcts::jni::BackendOptionsHolder;
using etcts::jni::RuntimeError;
using executorch::runtime::BackendOption;
using executorch::runtime::Error;

using etcts::jni::layout::OPTION_BOOLEAN;
using etcts::jni::layout::OPTION_INTEGER;
using etcts::jni::layout::OPTION_STRING;

std::string string_at(JNIEnv* env, jobjectArray array, jsize index) {
  auto item = static_cast<jstring>(env->GetObjectArrayElement(array, index));
  etcts::jni::check_java(env);
  std::string text = item == nullptr ? std::string() : etcts::jni::to_utf8(env, item);
  if (item != nullptr) {
    env->DeleteLocalRef(item);
  }
  return text;
}

// Copies text into a fixed char array with its NUL. The Java side has checked the length; checking again
// keeps a caller that bypasses it from overflowing the array.
template <size_t N>
void copy_text(char (&target)[N], const std::string& text, const std::string& what) {
  if (text.size() >= N) {
    throw RuntimeError(Error::InvalidArgument, "create backend options map: " + what + " is " +
                                                   std::to_string(text.size()) + " bytes; the limit is " +
                                                   std::to_string(N - 1) + " bytes");
  }
  std::memcpy(target, text.data(), text.size());
  target[text.size()] = '\0';
}

BackendOption make_option(JNIEnv* env, const std::string& key, jint type, jlong number, jobjectArray strings,
                          jsize index) {
  BackendOption option;
  copy_text(option.key, key, "option key '" + key + "'");
  switch (type) {
    case OPTION_BOOLEAN:
      option.value = number != 0;
      break;
    case OPTION_INTEGER:
      option.value = static_cast<int>(number);
      break;
    case OPTION_STRING: {
      const std::string text = string_at(env, strings, index);
      std::array<char, executorch::runtime::kMaxOptionValueLength> value{};
      if (text.size() >= value.size()) {
        throw RuntimeError(Error::InvalidArgument, "create backend options map: the string value of option '" +
                                                       key + "' is " + std::to_string(text.size()) +
                                                       " bytes; the limit is " + std::to_string(value.size() - 1) +
                                                       " bytes");
      }
      std::memcpy(value.data(), text.data(), text.size());
      option.value = value;
      break;
    }
    default:
      throw RuntimeError(Error::InvalidArgument, "create backend options map: option type " + std::to_string(type));
  }
  return option;
}

jlong JNICALL nativeCreate(JNIEnv* env, jclass, jobjectArray j_backend_ids, jintArray j_counts, jobjectArray j_keys,
                           jintArray j_types, jlongArray j_numbers, jobjectArray j_strings) {
  ETCTS_API_BEGIN()
  const std::vector<int32_t> counts = etcts::jni::to_vector(env, j_counts);
  const std::vector<int32_t> types = etcts::jni::to_vector(env, j_types);
  const std::vector<int64_t> numbers = etcts::jni::to_vector(env, j_numbers);
  const jsize backends = env->GetArrayLength(j_backend_ids);
  if (static_cast<size_t>(backends) != counts.size()) {
    throw RuntimeError(Error::InvalidArgument, "create backend options map: inconsistent backend arrays");
  }
  auto holder = std::make_unique<BackendOptionsHolder>();
  holder->storage.resize(counts.size());
  std::vector<std::string> ids;
  jsize option = 0;
  for (jsize b = 0; b < backends; ++b) {
    ids.push_back(string_at(env, j_backend_ids, b));
    for (int32_t i = 0; i < counts[b]; ++i, ++option) {
      if (static_cast<size_t>(option) >= types.size() || static_cast<size_t>(option) >= numbers.size()) {
        throw RuntimeError(Error::InvalidArgument, "create backend options map: inconsistent option arrays");
      }
      holder->storage[b].push_back(
          make_option(env, string_at(env, j_keys, option), types[option], numbers[option], j_strings, option));
    }
  }
  // Only now, with every array complete, does the map take spans of them.
  for (jsize b = 0; b < backends; ++b) {
    auto& options = holder->storage[b];
    const Error error = holder->map.set_options(
        ids[b].c_str(), executorch::runtime::Span<BackendOption>(options.data(), options.size()));
    if (error != Error::Ok) {
      // The map says only InvalidArgument; say which of its documented limits was hit.
      std::string why;
      if (holder->map.size() >= 8) {
        why = "the map is full (" + std::to_string(holder->map.size()) + " backends, the most it holds)";
      } else if (ids[b].size() >= 64) {
        why = "backend id '" + ids[b] + "' is " + std::to_string(ids[b].size()) + " bytes; the limit is 63 bytes";
      } else {
        why = "the map refused backend id '" + ids[b] + "'";
      }
      throw RuntimeError(error, "create backend options map: " + why);
    }
  }
  return etcts::jni::to_handle(holder.release());
  ETCTS_API_END(0)
}

void JNICALL nativeDestroy(JNIEnv* env, jclass, jlong handle) {
  ETCTS_API_BEGIN()
  delete etcts::jni::from_handle<BackendOptionsHolder>(handle, "backend options map");
  ETCTS_API_END_VOID()
}

}  // namespace

namespace etcts::jni {

NativeTable backend_options_map_natives() {
  return {"org/etcts/executorch/BackendOptionsMap",
          {
              {"nativeCreate", "([Ljava/lang/String;[I[Ljava/lang/String;[I[J[Ljava/lang/String;)J", nativeCreate},
              {"nativeDestroy", "(J)V", nativeDestroy},
          }};
}

}  // namespace etcts::jni
