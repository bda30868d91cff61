// swift-tools-version:5.9
// etcts test manifest for the swiftpm gate, written in the shape of upstream's 1.x swiftpm branches: two tables (products, and the targets they share) with,
// per product, the checksum of its release zip and, under "sha256" + debug, of its debug zip, and the
// package built from it by code. Checksums are made up; the binaries do not exist.
import PackageDescription

let version = "1.5.0.20260301"
let url = "https://ossci-ios.s3.amazonaws.com/executorch/"
let debug = "_debug"
let wrapper = "_with_dependencies"

// Every entry twice: as itself, and as its debug variant with the debug checksum.
func withDebugVariants(_ table: [String: [String: Any]]) -> [String: [String: Any]] {
  var all: [String: [String: Any]] = [:]
  for (name, details) in table {
    var release = details.filter { !$0.key.hasSuffix(debug) }
    all[name] = release
    release["sha256"] = details["sha256" + debug]
    all[name + debug] = release
  }
  return all
}

let products = withDebugVariants([
  "backend_coreml": [
    "sha256": "ee844b4c37e02adb76f13d67ccc82b246e7a1ccb028523264f42dd94bf770966",
    "sha256" + debug: "6cadbd6b591402501b01f515d3e65300c188dbb9a9764186dff35cb7d2a63d91",
    "frameworks": ["Accelerate", "CoreML"],
    "libraries": ["sqlite3"],
  ],
  "backend_mps": [
    "sha256": "fe7a64ec76e8086472a1fa4de67609fb22cdaca9fe13c5e5e6c709baa81741ad",
    "sha256" + debug: "74a1969c5b7f63068fbe3fab22bf3f79b7590b689c5b044979d26740600263b3",
    "frameworks": ["Metal", "MetalPerformanceShaders", "MetalPerformanceShadersGraph"],
  ],
  "backend_xnnpack": [
    "sha256": "9901ca92c436a144f1ac56a83b0785a3feb7fdc2fe650dd1e96d6c7827fa5d37",
    "sha256" + debug: "693a8c509d8129a5fd6f73586334cffe533aa1f3ef1345a020e76e4e71a1d41d",
    "targets": ["threadpool"],
  ],
  "executorch": [
    "sha256": "a5611848ea456814b227f732815c927f392737669d8a52cdd66c2fbb4cfa5238",
    "sha256" + debug: "19e80ea9747f3fa55eec96b8f26fe72217c07f08e9d541133c51f4bd20513ad2",
    "libraries": ["c++"],
  ],
  "executorch_llm": [
    "sha256": "9030f40ac9cc9a97ff4fb595504890f831a7f4aa0e345a293dfe03e1c46e607a",
    "sha256" + debug: "4e378b80d086762be22d1b78370dbefc590857d43cbbe24622da9b41a0d71b7e",
    "targets": ["executorch"],
  ],
  "kernels_llm": [
    "sha256": "5115b33779e040dadcc3702719266039caadf1408f7b40039c11e83dc7ca950d",
    "sha256" + debug: "41c8fa6ab9b799bf943e5611fa869540ab86d8422ba76ab6925c83d53bbed788",
  ],
  "kernels_optimized": [
    "sha256": "85672d6d8f737ba9615c6175c526766f66e6071bcf1ed893ea5b8417d01c05af",
    "sha256" + debug: "234a6d27e3668cdfb894dda95bfc6a481e7c340b633ddbc8cfcaec31b9481dd5",
    "frameworks": ["Accelerate"],
    "targets": ["threadpool"],
  ],
  "kernels_quantized": [
    "sha256": "5bd49210a4d92a9295ce54463792a1650f42aeb5813080f8db356307063cfdf9",
    "sha256" + debug: "ee4141dc97232cd5b699f75fdfd43f92c7dfddf6ee7a7230a9f0d1f414cd2ed7",
  ],
  "kernels_torchao": [
    "sha256": "4cb24f78691a8ed5c1a415824cb8920bae7c416adcecda585c3371da262f4a90",
    "sha256" + debug: "6c017ab36014b94a17c2bf46b6eecdb4bfc85a34737c646bde22a25050f9dd72",
    "targets": ["threadpool"],
  ],
])

let sharedTargets = withDebugVariants([
  "threadpool": [
    "sha256": "5da913b45a2032db9b54c0a873e1fb15dda0dda293be48d83626e20e7bba5feb",
    "sha256" + debug: "9358195abffc518fc088ea03baf778acc10e44a00d559a536d0f2f1a15e6ce47",
  ],
])

var targets: [Target] = []
for (name, details) in sharedTargets {
  targets.append(.binaryTarget(name: name, url: "\(url)\(name)-\(version).zip", checksum: details["sha256"] as? String ?? ""))
}
for (name, details) in products {
  targets.append(.binaryTarget(name: name, url: "\(url)\(name)-\(version).zip", checksum: details["sha256"] as? String ?? ""))
  // A debug product links the debug variants of what it depends on.
  targets.append(.target(
    name: name + wrapper,
    dependencies: ([name] + (details["targets"] as? [String] ?? []).map { name.hasSuffix(debug) ? $0 + debug : $0 })
      .map { .target(name: $0) },
    path: ".swiftpm/\(name)",
    linkerSettings: (details["frameworks"] as? [String] ?? []).map { .linkedFramework($0) }
      + (details["libraries"] as? [String] ?? []).map { .linkedLibrary($0) }
  ))
}

let package = Package(
  name: "executorch",
  platforms: [
    .iOS(.v17),
    .macOS(.v12),
  ],
  products: products.keys.sorted().map { .library(name: $0, targets: [$0 + wrapper]) },
  targets: targets
)
