// swift-tools-version:5.9
// BROKEN COPY: kernels_quantized's checksum is an unfilled template value.
// etcts test manifest for the swiftpm gate, written in the shape of upstream's 1.x swiftpm branches: two tables (products, and the targets they share) with,
// per product, the checksum of its release zip and, under "sha256" + debug, of its debug zip, and the
// package built from it by code. Checksums are made up; the binaries do not exist.
import PackageDescription

let version = "1.1.0.20251224"
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
    "sha256": "14e2b40d1a0caef1245b56105a42191a2cefa2eb114c4a1e63c8cfcfe2879545",
    "sha256" + debug: "074f3bc173bd0923d9b4cf1fe3092c91f06aee292b537a667a6a42dedf9f275f",
    "frameworks": ["Accelerate", "CoreML"],
    "libraries": ["sqlite3"],
  ],
  "backend_mps": [
    "sha256": "5691732f95a17a8e062ddd03b591d1695f4c22baf8437157e77704fb3bf13782",
    "sha256" + debug: "a038f8463f97a2d3cf538deadb3db26124622078a2e451e8e237aa5ee814908e",
    "frameworks": ["Metal", "MetalPerformanceShaders", "MetalPerformanceShadersGraph"],
  ],
  "backend_xnnpack": [
    "sha256": "8498ae5e4a2c4eafc8e7c58672829a814a7a5e80dd2d189bc7418e02eb89b326",
    "sha256" + debug: "8009eee620531830745c121507893e27b60c72dad11b2a7619e3f91f01a71d33",
    "targets": ["threadpool"],
  ],
  "executorch": [
    "sha256": "e6f549a0898544565fdfcfaea3a98c156f22b6581a41d11722a417a16a0f309d",
    "sha256" + debug: "9cd4e6fc3c1ea0587f279fcb2a4663c49aa9d283677046072aecf6acd88560f4",
    "libraries": ["c++"],
  ],
  "executorch_llm": [
    "sha256": "d4615d97a90794e5245cf293ddfc7bfa86b35e9f889d680b74e7a9596bb8da06",
    "sha256" + debug: "01eaaf4e20fadb8ea5d8ddc73c231c7560ea31e2d41824702aa2e6e9ea753d89",
    "targets": ["executorch"],
  ],
  "kernels_llm": [
    "sha256": "f58224cd9ee41069238e8dc99ff9ba2eab0d2771b4ebacdee554ba9aa3ed0ced",
    "sha256" + debug: "d027d0692fe65e36980b0943cd6d05b4a74a562ede31f370e168e6d5a83129e1",
  ],
  "kernels_optimized": [
    "sha256": "6a95b81a3ae7d9735e1cf0399f1a5d2d8ab24fa28ef567af375977055454e010",
    "sha256" + debug: "8c0982d1477b71c59d89205d5651cb19620c8949d58ed9d7a624a1191795fb20",
    "frameworks": ["Accelerate"],
    "targets": ["threadpool"],
  ],
  "kernels_quantized": [
    "sha256": "",
    "sha256" + debug: "91ed97c138307c3db2803aa35bd6b7ccf9d428f7dc59971b0a021670eb4e81d2",
  ],
  "kernels_torchao": [
    "sha256": "ce7884a127ace4e51066bf83abf7895c8071c363ee877cef16bf54fa08835d90",
    "sha256" + debug: "70e8e2071585f94f1d0ea29cb74573e2ed2a544c12553679cccf624ee20ba1e5",
    "targets": ["threadpool"],
  ],
])

let sharedTargets = withDebugVariants([
  "threadpool": [
    "sha256": "a4d6ac6899290875aea60cdc3079966aafd3efce766dece7c5321d24954de9c4",
    "sha256" + debug: "2ad01d6569eed2e2e80f979d47624ee214798221c105fa4888f9b3eea5e46c94",
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
