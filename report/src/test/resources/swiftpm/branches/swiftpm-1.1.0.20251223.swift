// swift-tools-version:5.9
// BROKEN COPY: kernels_torchao is missing.
// etcts test manifest for the swiftpm gate, written in the shape of upstream's 1.x swiftpm branches: two tables (products, and the targets they share) with,
// per product, the checksum of its release zip and, under "sha256" + debug, of its debug zip, and the
// package built from it by code. Checksums are made up; the binaries do not exist.
import PackageDescription

let version = "1.1.0.20251223"
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
    "sha256": "4778a54203b0b5adddb055fb74d38e0f02fd65d69385a60b6447216640511a34",
    "sha256" + debug: "8305fed7cb44ba9fc70faac9f4412e1b6874942400cdd9f26c883d504e2bfa91",
    "frameworks": ["Accelerate", "CoreML"],
    "libraries": ["sqlite3"],
  ],
  "backend_mps": [
    "sha256": "ff0126a8328fdd6fe768326933ea999cf28bf3c054f117633fcf58211daead58",
    "sha256" + debug: "8bef4e9cfc881703f1be146610a914aedceed49fa23e89ac3f0008894050491c",
    "frameworks": ["Metal", "MetalPerformanceShaders", "MetalPerformanceShadersGraph"],
  ],
  "backend_xnnpack": [
    "sha256": "161533464658d68ffa007089979c1d7fddc8f9bdbcf64e976dad0e5cec069eda",
    "sha256" + debug: "b8f20467f7df121dab42f4360a1cf480f7d1362a49259db510984b8e5d63f071",
    "targets": ["threadpool"],
  ],
  "executorch": [
    "sha256": "24841639331c133b05da8e360c813d1c277d8c73eb7fe4aca3b2bfeb5e4417a0",
    "sha256" + debug: "c91aea1b86da990486af3b97a0df8628ff202a36a55c1607a97907aff45a8358",
    "libraries": ["c++"],
  ],
  "executorch_llm": [
    "sha256": "f0dab24e77bdfb0f6a3c4e7420ce69edfad36358473b067bef2f0a31b183558b",
    "sha256" + debug: "c7cd8583ac3a1489f0a99e71a479441840375165bb28038b8aa19fe8fe8a6001",
    "targets": ["executorch"],
  ],
  "kernels_llm": [
    "sha256": "8cfa4861ea7883879ee4da19c53d9f798af7259f5d72feed8dfd002607627938",
    "sha256" + debug: "c36aa1f16561504a2f90fcd10c9f72e31a86e3468b1f8a13a7db2dfbba669b81",
  ],
  "kernels_optimized": [
    "sha256": "d670e648c58e12824ed87ddb026f29b9f20b97a793129943a2b68257f680dbad",
    "sha256" + debug: "fbed37084eec99b7bc803023cc2cf38ef2fcc3b46522fe5557d865685cefb27d",
    "frameworks": ["Accelerate"],
    "targets": ["threadpool"],
  ],
  "kernels_quantized": [
    "sha256": "96aeee8500e96e09206cbfa0305a9a159bf8a2766c0577caf69290d54f46fb28",
    "sha256" + debug: "407d19ea00f15fc93533162e9703c6a9058741825fba4eb3fc987e14ec808121",
  ],
])

let sharedTargets = withDebugVariants([
  "threadpool": [
    "sha256": "436014454e9523f45f7c12b1a81408db4cc1fdc22620500384023d216dd8fd13",
    "sha256" + debug: "153233f7f96ef2530ed36af6266e29089c7efab28547a3894f34e3b4d9c723ec",
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
