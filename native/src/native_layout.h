// The layouts of the arrays this library and the Java binding pass each other, mirroring
// harness/src/main/java/org/etcts/executorch/NativeLayout.java, where each constant is described: the Java
// class is the statement of the formats, this list its copy for C++. JNI_OnLoad compares every constant with
// the Java field of the same name (check_native_layout) and fails the load, naming the constant, when one
// differs, so the two sides cannot drift apart silently.
#pragma once

#include <jni.h>

// X(name, value) for each constant, in the order of NativeLayout.java.
#define ETCTS_NATIVE_LAYOUT(X) \
  X(TENSOR_DATA_TYPE, 0) \
  X(TENSOR_DYNAMISM, 1) \
  X(TENSOR_RANK, 2) \
  X(TENSOR_BYTE_COUNT, 3) \
  X(TENSOR_SIZES, 4) \
  X(METHOD_NAME, 0) \
  X(METHOD_INPUT_TAGS, 1) \
  X(METHOD_OUTPUT_TAGS, 2) \
  X(METHOD_TENSOR_RECORDS, 3) \
  X(METHOD_TENSOR_NAMES, 4) \
  X(METHOD_BUFFER_SIZES, 5) \
  X(METHOD_BACKENDS, 6) \
  X(METHOD_INSTRUCTIONS, 7) \
  X(METHOD_SLOTS, 8) \
  X(RECORD_KIND, 0) \
  X(RECORD_INDEX, 1) \
  X(RECORD_DATA_TYPE, 2) \
  X(RECORD_MEMORY_PLANNED, 3) \
  X(RECORD_BYTE_COUNT, 4) \
  X(RECORD_RANK, 5) \
  X(RECORD_SIZES, 6) \
  X(RECORD_INPUT, 0) \
  X(RECORD_OUTPUT, 1) \
  X(RECORD_ATTRIBUTE, 2) \
  X(OUTPUTS_WORDS, 0) \
  X(OUTPUTS_STRINGS, 1) \
  X(OUTPUTS_SLOTS, 2) \
  X(VALUE_WORDS, 2) \
  X(VALUE_TAG, 0) \
  X(VALUE_PAYLOAD, 1) \
  X(LOG_NUMBERS, 0) \
  X(LOG_TEXTS, 1) \
  X(LOG_SLOTS, 2) \
  X(LOG_NUMBERS_PER_RECORD, 3) \
  X(LOG_TEXTS_PER_RECORD, 3) \
  X(LOG_LEVEL, 0) \
  X(LOG_TIMESTAMP, 1) \
  X(LOG_LINE, 2) \
  X(LOG_FILE, 0) \
  X(LOG_FUNCTION, 1) \
  X(LOG_MESSAGE, 2) \
  X(OPTIONS_BACKEND_IDS, 0) \
  X(OPTIONS_COUNTS, 1) \
  X(OPTIONS_KEYS, 2) \
  X(OPTIONS_TYPES, 3) \
  X(OPTIONS_NUMBERS, 4) \
  X(OPTIONS_STRINGS, 5) \
  X(OPTIONS_SLOTS, 6) \
  X(OPTION_BOOLEAN, 0) \
  X(OPTION_INTEGER, 1) \
  X(OPTION_STRING, 2)

namespace etcts::jni::layout {

#define ETCTS_LAYOUT_CONSTANT(name, value) constexpr int name = value;
ETCTS_NATIVE_LAYOUT(ETCTS_LAYOUT_CONSTANT)
#undef ETCTS_LAYOUT_CONSTANT

}  // namespace etcts::jni::layout

namespace etcts::jni {

// Compares every constant with the static int field of the same name of org.etcts.executorch.NativeLayout.
// Returns true when all agree; otherwise an UnsatisfiedLinkError naming each difference is pending.
bool check_native_layout(JNIEnv* env);

}  // namespace etcts::jni
