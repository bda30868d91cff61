// swift-tools-version:5.9
// etcts test manifest for the swiftpm gate, written in the shape of upstream's swiftpm-0.6.0 branch: a table with,
// per product, the checksum of its release zip and, under "sha256" + debug, of its debug zip, and the
// package built from it by code. Checksums are made up; the binaries do not exist.
import PackageDescription

let version = "0.6.0"
let url = "https://ossci-ios.s3.amazonaws.com/executorch/"
let debug = "_debug"

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

let deliverables = withDebugVariants([
  "backend_coreml": [
    "sha256": "b5d94bb65950caa28be65583a528a73a6daace251471e52c7b0813b1a3e0179e",
    "sha256" + debug: "fc98d42078a5c4ae4476532e30ada1ef64b904dd0d58ba4875dbef6fa5081668",
    "frameworks": ["Accelerate", "CoreML"],
    "libraries": ["sqlite3"],
  ],
  "backend_mps": [
    "sha256": "95f1528c70a72161b2069c6eaebe960f053a63e6284d22bd979e977571a04c36",
    "sha256" + debug: "c89dbf054bf3b167f684f4cbbefbb35fff3450d6e3e5ab8ea7b874f354ab2849",
    "frameworks": ["Metal", "MetalPerformanceShaders", "MetalPerformanceShadersGraph"],
  ],
  "backend_xnnpack": [
    "sha256": "1ed6449161b99cb716cbd7ab9c7c26087c8c106af0aa3f6c5623bb1dfb83ef3e",
    "sha256" + debug: "c2a0390d39b53c8b0499274424057b4760dd83bdf717e6dcacac7d20bf7fea97",
  ],
  "executorch": [
    "sha256": "996f8d6e5997063ca51df21d739fdae161fe6bc049ec2dbba9c8c0a72a633b3e",
    "sha256" + debug: "6dfccdf90fa9dd1304f1c93cc193fcad242b6d162c8552c3c48de5ddb83ecac5",
    "libraries": ["c++"],
  ],
  "kernels_custom": [
    "sha256": "e43944ce3c903dcffeafaf2078e63d13e1d0e326182b4b200c156ea9bb8ef40c",
    "sha256" + debug: "0b85e6055279b9f4b298792147e3a8b9b0f809b80da20c6d22e63bcb54949f6c",
  ],
  "kernels_optimized": [
    "sha256": "a263a472359148bcf0ee690dc61a1f5bc06790adabaa652b84acb7e727a05a83",
    "sha256" + debug: "ffa20b88ae0e0e0102cbe8a0a60818270fbcf4adb9b8f0c63ee1bcb37fbbb31b",
    "frameworks": ["Accelerate"],
  ],
  "kernels_portable": [
    "sha256": "32c3380106c38f1758f61d71a3c3928c143a44e519ee3bb98956b82b9f0fc3fa",
    "sha256" + debug: "f59b88ba0ce1ca649882d87f5325831c4ebf6af8f96f94f6df3bd287a851a0d6",
  ],
  "kernels_quantized": [
    "sha256": "2a94be69eee04e0eb269c39b57bc674adad12f1914fb3d2acc546bd1de2a9294",
    "sha256" + debug: "b0792fbcb49ed8b15bca0f8d8f459d9fe997502a79a9ec565083b2fd3ddb1530",
  ],
])

let package = Package(
  name: "executorch",
  platforms: [
    .iOS(.v17),
    .macOS(.v10_15),
  ],
  products: deliverables.keys.sorted().map { .library(name: $0, targets: ["\($0)_dependencies"]) },
  targets: deliverables.flatMap { name, details -> [Target] in
    [
      .binaryTarget(name: name, url: "\(url)\(name)-\(version).zip", checksum: details["sha256"] as? String ?? ""),
      .target(
        name: "\(name)_dependencies",
        dependencies: [.target(name: name)],
        path: ".swiftpm/\(name)",
        linkerSettings: (details["frameworks"] as? [String] ?? []).map { .linkedFramework($0) }
          + (details["libraries"] as? [String] ?? []).map { .linkedLibrary($0) }
      ),
    ]
  }
)
