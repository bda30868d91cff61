// The C++ side of the benchmark: the same work as the Java benchmarks (org.etcts.bench.*Bench), done with the
// runtime's own C++ API (extension::Module, extension::TensorPtr) on the same libraries the JNI library links.
//
//   etcts_bench_driver --fixtures DIR --benchmark NAME --warmups W --iterations N --iteration-millis MS
//
// Runs W warm-up and N measured iterations of about MS milliseconds each (at least one operation each) and
// prints one JSON line: {"benchmark": NAME, "nsPerOp": [one figure per measured iteration]}. Setup (loading
// the program, making the inputs) is outside the timed loop, as in the JMH benchmarks; load.method times
// only load_method, each on a freshly loaded program, as the Java benchmark's per-invocation setup does.
// Exits 2 on a usage error, 1 when the runtime fails (with the error on stderr).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

// The SDK headers as the JNI library includes them (native/src/executorch_sdk.h).
#include "executorch_sdk.h"

namespace {

using executorch::extension::Module;
using executorch::extension::TensorPtr;
using executorch::runtime::Error;
using executorch::runtime::EValue;
using Clock = std::chrono::steady_clock;

// The element count of the tensor benchmarks: one 1x3x224x224 float image, as the Java side uses.
constexpr size_t kImageElements = 1 * 3 * 224 * 224;
const std::vector<executorch::aten::SizesType> kImageShape = {1, 3, 224, 224};

// Keeps a result observable so the compiler cannot drop the work that made it.
void consume(const void* pointer) {
  asm volatile("" : : "r"(pointer) : "memory");
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "etcts_bench_driver: %s\n", what.c_str());
  std::exit(1);
}

void check(Error error, const std::string& what) {
  if (error != Error::Ok) {
    fail(what + " failed with error " + std::to_string(static_cast<int>(error)));
  }
}

// The same seeded values as org.etcts.bench.BenchData: x(i) = ((i * 2654435761) mod 2^32) / 2^32 - 0.5.
std::vector<float> seeded(size_t count) {
  std::vector<float> values(count);
  for (size_t i = 0; i < count; ++i) {
    const uint32_t bits = static_cast<uint32_t>(i * 2654435761u);
    values[i] = static_cast<float>(bits / 4294967296.0 - 0.5);
  }
  return values;
}

struct Options {
  std::string fixtures;
  std::string benchmark;
  int warmups = 3;
  int iterations = 5;
  int iteration_millis = 400;
};

// One benchmark: op() is timed; setup() (may be empty) runs before each op outside the timing.
struct Benchmark {
  std::function<void()> setup;
  std::function<void()> op;
};

// ns per operation over one iteration of about millis milliseconds.
double run_iteration(const Benchmark& bench, int millis) {
  const auto budget = std::chrono::milliseconds(millis);
  Clock::duration timed{0};
  const auto start = Clock::now();
  long ops = 0;
  // Operations between clock reads: one at first; for operations under a microsecond, a batch, so the
  // clock's own cost stays out of their figures.
  int batch = 1;
  do {
    if (bench.setup) {
      bench.setup();
    }
    const auto t0 = Clock::now();
    for (int i = 0; i < batch; ++i) {
      bench.op();
    }
    const auto took = Clock::now() - t0;
    timed += took;
    ops += batch;
    if (!bench.setup && batch == 1 && took < std::chrono::microseconds(1)) {
      batch = 64;
    }
  } while (Clock::now() - start < budget);
  return std::chrono::duration<double, std::nano>(timed).count() / static_cast<double>(ops);
}

std::string model_path(const Options& options, const std::string& name) {
  return options.fixtures + "/models/" + name + ".pte";
}

// forward on a model whose every input is a float tensor of the given shape.
Benchmark forward(const Options& options, const std::string& model,
                  std::vector<std::vector<executorch::aten::SizesType>> input_shapes) {
  auto module = std::make_shared<Module>(model_path(options, model));
  check(module->load_method("forward"), "load method forward of " + model);
  auto inputs = std::make_shared<std::vector<EValue>>();
  auto tensors = std::make_shared<std::vector<TensorPtr>>();
  for (const auto& shape : input_shapes) {
    size_t count = 1;
    for (auto size : shape) {
      count *= static_cast<size_t>(size);
    }
    tensors->push_back(executorch::extension::make_tensor_ptr(shape, seeded(count)));
    inputs->push_back(*tensors->back());
  }
  return {nullptr, [module, inputs, tensors] {
            auto outputs = module->forward(*inputs);
            if (!outputs.ok()) {
              fail("forward");
            }
            consume(outputs->at(0).toTensor().const_data_ptr());
          }};
}

Benchmark make(const Options& options) {
  const std::string& name = options.benchmark;
  const std::vector<executorch::aten::SizesType> image = {1, 3, 224, 224};
  if (name == "forward.add") {
    return forward(options, "add", {{1}, {1}});
  }
  if (name == "forward.conv") {
    return forward(options, "conv", {{1, 3, 16, 16}});
  }
  if (name == "forward.conv_xnnpack") {
    return forward(options, "conv_xnnpack", {{1, 3, 16, 16}});
  }
  // forwardInPlace.*: what the Java side's in-place forward does is what Module::forward always does.
  if (name == "forwardInPlace.add") {
    return forward(options, "add", {{1}, {1}});
  }
  if (name == "forwardInPlace.mobilenet_v3_small_xnnpack") {
    return forward(options, "mobilenet_v3_small_xnnpack", {image});
  }
  if (name == "forward.mobilenet_v3_small" || name == "forward.mobilenet_v3_small_xnnpack" ||
      name == "forward.mobilenet_v3_small_xnnpack_q8") {
    return forward(options, name.substr(std::strlen("forward.")), {image});
  }
  auto source = std::make_shared<std::vector<float>>(seeded(kImageElements));
  if (name == "tensor.fromFloatArray" || name == "tensor.fromDirectBuffer" || name == "tensor.fromHeapBuffer") {
    // A tensor that owns a copy of the caller's data: what every copying factory of the binding makes.
    return {nullptr, [source] {
              TensorPtr tensor = executorch::extension::make_tensor_ptr(kImageShape, std::vector<float>(*source));
              consume(tensor->const_data_ptr());
            }};
  }
  if (name == "tensor.noCopy") {
    return {nullptr, [source] {
              TensorPtr tensor = executorch::extension::from_blob(source->data(), kImageShape);
              consume(tensor->const_data_ptr());
            }};
  }
  auto tensor = std::make_shared<TensorPtr>(executorch::extension::make_tensor_ptr(kImageShape, seeded(kImageElements)));
  if (name == "read.toFloatArray") {
    // A new array holding a copy of the tensor's elements.
    return {nullptr, [tensor] {
              const float* data = (*tensor)->const_data_ptr<float>();
              std::vector<float> copy(data, data + (*tensor)->numel());
              consume(copy.data());
            }};
  }
  if (name == "read.copyTo") {
    // A copy into an array the caller already has.
    auto target = std::make_shared<std::vector<float>>(kImageElements);
    return {nullptr, [tensor, target] {
              std::memcpy(target->data(), (*tensor)->const_data_ptr(), (*tensor)->nbytes());
              consume(target->data());
            }};
  }
  if (name == "read.view") {
    // Reading without a copy: the data pointer itself, and one element through it.
    return {nullptr, [tensor] {
              const float* data = (*tensor)->const_data_ptr<float>();
              consume(data + static_cast<size_t>(data[0] > 0));
            }};
  }
  if (name == "load.program") {
    const std::string path = model_path(options, "mobilenet_v3_small_xnnpack");
    return {nullptr, [path] {
              Module module(path);
              check(module.load(), "load " + path);
              consume(&module);
            }};
  }
  if (name == "load.method") {
    const std::string path = model_path(options, "mobilenet_v3_small_xnnpack");
    auto module = std::make_shared<std::unique_ptr<Module>>();
    return {[module, path] {
              *module = std::make_unique<Module>(path);
              check((*module)->load(), "load " + path);
            },
            [module] {
              check((*module)->load_method("forward"), "load method forward");
              consume(module->get());
            }};
  }
  std::fprintf(stderr, "etcts_bench_driver: unknown benchmark '%s'\n", name.c_str());
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const std::string value = argv[i + 1];
    if (key == "--fixtures") {
      options.fixtures = value;
    } else if (key == "--benchmark") {
      options.benchmark = value;
    } else if (key == "--warmups") {
      options.warmups = std::atoi(value.c_str());
    } else if (key == "--iterations") {
      options.iterations = std::atoi(value.c_str());
    } else if (key == "--iteration-millis") {
      options.iteration_millis = std::atoi(value.c_str());
    } else {
      std::fprintf(stderr, "etcts_bench_driver: unknown option '%s'\n", key.c_str());
      std::exit(2);
    }
  }
  if (options.fixtures.empty() || options.benchmark.empty() || options.iterations < 1 || options.warmups < 0 ||
      options.iteration_millis < 1) {
    std::fprintf(stderr,
                 "usage: etcts_bench_driver --fixtures DIR --benchmark NAME [--warmups W] [--iterations N] "
                 "[--iteration-millis MS]\n");
    std::exit(2);
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  const Benchmark bench = make(options);
  for (int i = 0; i < options.warmups; ++i) {
    run_iteration(bench, options.iteration_millis);
  }
  std::string figures;
  for (int i = 0; i < options.iterations; ++i) {
    char number[64];
    std::snprintf(number, sizeof number, "%s%.3f", i == 0 ? "" : ", ", run_iteration(bench, options.iteration_millis));
    figures += number;
  }
  std::printf("{\"benchmark\": \"%s\", \"nsPerOp\": [%s]}\n", options.benchmark.c_str(), figures.c_str());
  return 0;
}
