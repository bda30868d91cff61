// swift-tools-version:5.9
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
    "sha256": "087f6a999567bdd56f5c8668998c20f984669894a694a48c8592fa1c7072711b",
    "sha256" + debug: "12372f0bfec67c2c997740bbc44f7c76432d2209b8fc9392a94d191530468798",
    "frameworks": ["Accelerate", "CoreML"],
    "libraries": ["sqlite3"],
  ],
  "backend_mps": [
    "sha256": "321329d9aa0eff33637936f4890ea45de2e43ab9cf2c4a6a910713a168fb7b6a",
    "sha256" + debug: "79ddab69a23fce548d8378934f8c379d7f2e67079a9712317b43ebd06ef72ff3",
    "frameworks": ["Metal", "MetalPerformanceShaders", "MetalPerformanceShadersGraph"],
  ],
  "backend_xnnpack": [
    "sha256": "e499779fca3c36704cc80c193395eb4b415fc19c453f33d92a497e7a7938b96a",
    "sha256" + debug: "4098c0f040285b9a7903ea595f29659a1b2f3148eb23d1bdb4a355ddfdaa2c3f",
    "targets": ["threadpool"],
  ],
  "executorch": [
    "sha256": "9cc6aea95ef114e5112815235874a4777a62ed1666b3808c86ecf7cef379c2ea",
    "sha256" + debug: "4aa6473d13220a001b0ccaef8d477cb311ae7bb83d176bb0f67daf6691d6d3eb",
    "libraries": ["c++"],
  ],
  "executorch_llm": [
    "sha256": "f1a652c9370f7f2a98a1c7fbc5634e138a92753bebc5c21d08a5bdaf2796ddb0",
    "sha256" + debug: "99204764933b300ab56173139578228f57fafd4e187a85b90f854041b8742992",
    "targets": ["executorch"],
  ],
  "kernels_llm": [
    "sha256": "ccc06b077248287221232c6d77b83eb48e66d4b0ba7eba4b337f51696aef727d",
    "sha256" + debug: "4bbb52666d03b16dc4e2e76f03c703321fe1da68f977fb697c9deab7afbe8745",
  ],
  "kernels_optimized": [
    "sha256": "dbe56a8a8c2cbea867d12d1d5d4a0cefe992432cbaffd4822e489ac7a17199e3",
    "sha256" + debug: "4d99c666539e3620577b56ee2ddf31737e07ef2d4a38750b26530e2c780cd7d8",
    "frameworks": ["Accelerate"],
    "targets": ["threadpool"],
  ],
  "kernels_quantized": [
    "sha256": "a45a8319468a8086601ccd213e77b8a7f451d75170727c96bdb9de0396df2405",
    "sha256" + debug: "dc39f1b981448b6fd8c5212124d12b5f6f4a6a155fcbaafa4ed2f25a57b14eec",
  ],
  "kernels_torchao": [
    "sha256": "26828b9a07d170f1f44a274ee226c62d332249490ee55cef99fb345f1aa30cc6",
    "sha256" + debug: "7ec4625bfbe90caa788a0d7e6817dea12be1c32d3e57818ffd7b01e1610b2405",
    "targets": ["threadpool"],
  ],
])

let sharedTargets = withDebugVariants([
  "threadpool": [
    "sha256": "ce9da0d92e570a0f8669fb3e8499623e9e3e0120528bf0dbcfcd73041bf68a98",
    "sha256" + debug: "21c3317d05fd4d981fb2cb1e1af44e813edb02b1fcce141f21570344fe2f9144",
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
