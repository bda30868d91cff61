// swift-tools-version:5.9
// BROKEN COPY: a copy of the 2025-12-22 nightly's manifest on the next day's branch.
// etcts test manifest for the swiftpm gate, written in the shape of upstream's 1.x swiftpm branches: two tables (products, and the targets they share) with,
// per product, the checksum of its release zip and, under "sha256" + debug, of its debug zip, and the
// package built from it by code. Checksums are made up; the binaries do not exist.
import PackageDescription

let version = "1.1.0.20251222"
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
    "sha256": "b804b28735d45f4345b57459e1286c9c2fe3dd3849acc568119c475dccb0e128",
    "sha256" + debug: "d58d6b500f5f6ce6aaaff926876ba31914042c0c3a80dcfd598cd53833b682fc",
    "frameworks": ["Accelerate", "CoreML"],
    "libraries": ["sqlite3"],
  ],
  "backend_mps": [
    "sha256": "85789837a8acf7b39e0606ab485c4b5c0b0f8e16732b471700f2b8c10dcef82c",
    "sha256" + debug: "f2209f44ea96c32c733088e58532f0e03d32d004c36b73cb16f1b84db1cc5235",
    "frameworks": ["Metal", "MetalPerformanceShaders", "MetalPerformanceShadersGraph"],
  ],
  "backend_xnnpack": [
    "sha256": "17f8d2f25a6dc841165571aee91d895092c2e24577b6266fa3e8e4c55b59b999",
    "sha256" + debug: "eecc5eb48691ce2ae60eb457b61f5b76ea66223e4908cd8b489b4609ca1c6872",
    "targets": ["threadpool"],
  ],
  "executorch": [
    "sha256": "578c88febfbc6cf7e26bea5d3f511debf9e764af15114778fe307c6a8ae28a1a",
    "sha256" + debug: "8f2fd5eebfbf9637d7809f275668d6c22fa7c87c3cc012a824836bd9ab7e6d2d",
    "libraries": ["c++"],
  ],
  "executorch_llm": [
    "sha256": "05e429ca4b4bf08966279edcc2da49b30e05b7d646d7e8834bc0154ba35dec40",
    "sha256" + debug: "ec86bc8fe08b1c11c9d5fe70899e57bf7fa71ea0c0af711a61e4aec96ec18679",
    "targets": ["executorch"],
  ],
  "kernels_llm": [
    "sha256": "1a6a10e57466dfc66204616c47a410595dc490e80bd040bcc799d2439be4edba",
    "sha256" + debug: "3b64cd9c959d58a1fe4bd06bfabba0bb55c0abafaafb2ec79141de8a4adab2d5",
  ],
  "kernels_optimized": [
    "sha256": "d9968e208a4f931426f0ddffaa45d01f0cab146be9fcd2b70e9872f7e21fceef",
    "sha256" + debug: "56ec6df8e1636299c1fc8ecf39a5912e94db771347c55b1183dc5265eab62820",
    "frameworks": ["Accelerate"],
    "targets": ["threadpool"],
  ],
  "kernels_quantized": [
    "sha256": "3a24b40223308b5f792cf9c082f1dd0a7520d427af848fb31cef8b7238b79d0f",
    "sha256" + debug: "c1070fd70039167962bd1a7e170baf338e9d86da750d4998794f4127ca327322",
  ],
  "kernels_torchao": [
    "sha256": "4247f5dace3607dfd7a1453eadaf5cfda2a65f2c2cf9134b3a442cae25b25828",
    "sha256" + debug: "44315f18a2dfd1200a242286a98d2245f6e6076b11a5582bd2801acab6e941f9",
    "targets": ["threadpool"],
  ],
])

let sharedTargets = withDebugVariants([
  "threadpool": [
    "sha256": "638da94c33143960dd9f55a2a48013eb1cbc8a15e4cddc268ef4c0ac9721534d",
    "sha256" + debug: "7d4dd467fb5320c12687ae176e8bc0946d6646ff1adb712c03d373bd59bb21ac",
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
