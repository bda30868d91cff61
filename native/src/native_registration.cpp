// Binding the entry points to the Java classes when the library loads (see native_registration.h).
#include "native_registration.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "jni_boundary.h"

namespace etcts::jni {
namespace {

// java.lang.reflect.Modifier.NATIVE
constexpr jint kNativeModifier = 0x100;

std::string java_name(const std::string& class_name) {
  std::string dotted = class_name;
  std::replace(dotted.begin(), dotted.end(), '/', '.');
  return dotted;
}

// Whether the class has a static or instance method of that name and signature.
bool has_method(JNIEnv* env, jclass cls, const NativeMethod& method) {
  if (env->GetStaticMethodID(cls, method.name, method.signature) != nullptr) {
    return true;
  }
  env->ExceptionClear();
  if (env->GetMethodID(cls, method.name, method.signature) != nullptr) {
    return true;
  }
  env->ExceptionClear();
  return false;
}

// The names of the native methods the class declares, each as often as it is declared (overloads).
// Returns false with a Java exception pending if reflection failed.
bool declared_natives(JNIEnv* env, jclass cls, std::map<std::string, int>& names) {
  jclass class_class = env->GetObjectClass(cls);
  jclass method_class = env->FindClass("java/lang/reflect/Method");
  if (class_class == nullptr || method_class == nullptr) {
    return false;
  }
  jmethodID get_declared_methods =
      env->GetMethodID(class_class, "getDeclaredMethods", "()[Ljava/lang/reflect/Method;");
  jmethodID get_modifiers = env->GetMethodID(method_class, "getModifiers", "()I");
  jmethodID get_name = env->GetMethodID(method_class, "getName", "()Ljava/lang/String;");
  env->DeleteLocalRef(class_class);
  env->DeleteLocalRef(method_class);
  if (get_declared_methods == nullptr || get_modifiers == nullptr || get_name == nullptr) {
    return false;
  }
  auto methods = static_cast<jobjectArray>(env->CallObjectMethod(cls, get_declared_methods));
  if (methods == nullptr) {
    return false;
  }
  const jsize count = env->GetArrayLength(methods);
  bool ok = true;
  for (jsize i = 0; i < count && ok; ++i) {
    jobject method = env->GetObjectArrayElement(methods, i);
    const jint modifiers = env->CallIntMethod(method, get_modifiers);
    if (!env->ExceptionCheck() && (modifiers & kNativeModifier) != 0) {
      auto name = static_cast<jstring>(env->CallObjectMethod(method, get_name));
      const char* chars = name == nullptr ? nullptr : env->GetStringUTFChars(name, nullptr);
      if (chars != nullptr) {
        ++names[chars];
        env->ReleaseStringUTFChars(name, chars);
      }
      if (name != nullptr) {
        env->DeleteLocalRef(name);
      }
    }
    env->DeleteLocalRef(method);
    ok = !env->ExceptionCheck();
  }
  env->DeleteLocalRef(methods);
  return ok;
}

// The mismatches between the tables of one class and the class itself, one line each.
void check_class(JNIEnv* env, const std::string& class_name, jclass cls,
                 const std::vector<const NativeMethod*>& methods, std::vector<std::string>& problems) {
  const std::string java = java_name(class_name);
  std::map<std::string, int> in_tables;
  for (const NativeMethod* method : methods) {
    ++in_tables[method->name];
    if (!has_method(env, cls, *method)) {
      problems.push_back(java + "." + method->name + " " + method->signature +
                         ": the library's table provides it, but the class declares no method of that name and"
                         " signature");
    }
  }
  std::map<std::string, int> declared;
  if (!declared_natives(env, cls, declared)) {
    env->ExceptionClear();
    problems.push_back(java + ": its declared methods could not be listed through reflection");
    return;
  }
  for (const auto& [name, count] : declared) {
    const int provided = in_tables.count(name) == 0 ? 0 : in_tables[name];
    if (provided < count) {
      problems.push_back(java + "." + name + ": the class declares it native, but no table of the library"
                         " provides it");
    }
  }
  for (const auto& [name, count] : in_tables) {
    if (count > 1 && count > (declared.count(name) == 0 ? 0 : declared[name])) {
      problems.push_back(java + "." + name + ": the library's tables list it " + std::to_string(count) + " times");
    }
  }
}

std::vector<JNINativeMethod> jni_methods(const NativeTable& table) {
  std::vector<JNINativeMethod> methods;
  methods.reserve(table.methods.size());
  for (const NativeMethod& method : table.methods) {
    methods.push_back({const_cast<char*>(method.name), const_cast<char*>(method.signature), method.function});
  }
  return methods;
}

}  // namespace

std::vector<NativeTable> library_natives() {
  return {backend_options_map_natives(), log_natives(),     method_metadata_natives(),
          module_natives(),              module_io_natives(), module_options_natives(),
          runtime_natives(),             tensor_natives(),  tensor_factory_natives(),
          tensor_ops_natives()};
}

bool register_natives(JNIEnv* env, const std::vector<NativeTable>& tables) {
  // All parts of a class, checked as one set.
  std::map<std::string, std::vector<const NativeMethod*>> by_class;
  for (const NativeTable& table : tables) {
    auto& methods = by_class[table.class_name];
    for (const NativeMethod& method : table.methods) {
      methods.push_back(&method);
    }
  }
  std::vector<std::string> problems;
  for (const auto& [class_name, methods] : by_class) {
    jclass cls = env->FindClass(class_name.c_str());
    if (cls == nullptr) {
      env->ExceptionClear();
      problems.push_back(java_name(class_name) + ": the library has natives for it, but the class is not found");
      continue;
    }
    check_class(env, class_name, cls, methods, problems);
    env->DeleteLocalRef(cls);
  }
  if (!problems.empty()) {
    fail_load(env, "etcts JNI library: its native methods do not match the Java classes, so none were bound:",
              problems,
              "the natives a class declares and the table of its native/src/*_jni.cpp file must list the same"
              " methods with the same signatures; rebuild with ./mvnw after changing either.");
    return false;
  }
  std::vector<std::string> registered;
  for (const NativeTable& table : tables) {
    jclass cls = env->FindClass(table.class_name);
    const std::vector<JNINativeMethod> methods = jni_methods(table);
    const bool ok = cls != nullptr &&
                    env->RegisterNatives(cls, methods.data(), static_cast<jint>(methods.size())) == JNI_OK;
    if (cls != nullptr) {
      env->DeleteLocalRef(cls);
    }
    if (!ok) {
      // Checked above, so this is the JVM refusing a method that is not native: undo what was bound, since
      // the JVM unloads a library whose load failed.
      env->ExceptionClear();
      for (const std::string& done : registered) {
        jclass bound = env->FindClass(done.c_str());
        if (bound != nullptr) {
          env->UnregisterNatives(bound);
          env->DeleteLocalRef(bound);
        }
      }
      fail_load(env, "etcts JNI library: registering the natives of " + java_name(table.class_name) + " failed:",
                {"a method of its table is not declared native"},
                "declare every method of the class's table native, or take it out of the table.");
      return false;
    }
    registered.emplace_back(table.class_name);
  }
  return true;
}

}  // namespace etcts::jni
