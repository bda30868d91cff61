// The load-time comparison of native_layout.h with NativeLayout.java.
#include "native_layout.h"

#include <string>
#include <vector>

#include "jni_boundary.h"

namespace etcts::jni {
namespace {

struct LayoutConstant {
  const char* name;
  int value;
};

constexpr LayoutConstant kConstants[] = {
#define ETCTS_LAYOUT_ENTRY(name, value) {#name, value},
    ETCTS_NATIVE_LAYOUT(ETCTS_LAYOUT_ENTRY)
#undef ETCTS_LAYOUT_ENTRY
};

constexpr const char* kJavaClass = "org/etcts/executorch/NativeLayout";

}  // namespace

bool check_native_layout(JNIEnv* env) {
  std::vector<std::string> problems;
  jclass cls = env->FindClass(kJavaClass);
  if (cls == nullptr) {
    env->ExceptionClear();
    problems.emplace_back("the class org.etcts.executorch.NativeLayout is not found");
  } else {
    for (const LayoutConstant& constant : kConstants) {
      jfieldID field = env->GetStaticFieldID(cls, constant.name, "I");
      if (field == nullptr) {
        env->ExceptionClear();
        problems.push_back(std::string(constant.name) + ": native_layout.h has it (" + std::to_string(constant.value) +
                           "), NativeLayout.java has no static int of that name");
        continue;
      }
      const jint java = env->GetStaticIntField(cls, field);
      if (java != constant.value) {
        problems.push_back(std::string(constant.name) + ": native_layout.h says " + std::to_string(constant.value) +
                           ", NativeLayout.java says " + std::to_string(java));
      }
    }
    env->DeleteLocalRef(cls);
  }
  if (problems.empty()) {
    return true;
  }
  fail_load(env, "etcts JNI library: its array layouts differ from the Java binding's:", problems,
            "native/src/native_layout.h and harness/src/main/java/org/etcts/executorch/NativeLayout.java must"
            " state the same layouts; rebuild with ./mvnw after changing either.");
  return false;
}

}  // namespace etcts::jni
