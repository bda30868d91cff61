// swift-tools-version:5.9
/* etcts test manifest: products and their checksums kept in one table; the package is built from it.
 * Each entry carries the checksum of its release binary and, under "sha256" + debug, of its debug one. */
import PackageDescription

let version = "1.5.0"
let host = "https://binaries.example.invalid/executorch"
let debug = "_debug"

// name -> checksums and what it links
let productTable: [String: [String: Any]] = [
  "executorch": [
    "sha256": "5f2eaa52a8a615d10246188ce089d8edc350a54cea7ad2f7604193d445049f0a",
    "sha256" + debug: "0ef1aad224b12e462e76a45f611dbda2de590facd070637f796d4d921ead965f",
  ],
  "backend_coreml": [
    "sha256": "92f3b68e100d63428f7dbfbba0d138d2595badb8a70a966d78917c6dd75b066b",
    "sha256" + debug: "bd3d882adb617f4b82c5ffc13dfad360a19ea235a9c766b22cb423616ce6c183",
    "frameworks": ["CoreML", "Accelerate"],
  ],
  "backend_mps": [
    "sha256": "de3394940e7e7b870f0657f059864aee7f992acb30563b695b3e1c67549d9439",
    "sha256" + debug: "b45b13524f87d7f4a2ad500eed9979d1dfb6252b7ee69888ceccf4d621a9c199",
  ],
  "backend_xnnpack": [
    "sha256": "60392df0dd93dd8587945742242dd4e7314a53c2477468981b33bb2ca9066509",
    "sha256" + debug: "d3d77a1c0467b809d709d9a5b1f78273dab698f7ac048a69484fe9cc4fba1702",
  ],
  "kernels_custom": [
    "sha256": "6e884d5372110e3b1ea7b22aeadf5ebc634b126a6db4fbf1325ced8820ea2bb7",
    "sha256" + debug: "2a6c58ae1c57fcb89d35deb24d3463c492da74cbd882cc7fc8bf51702e1622d0",
  ],
  "kernels_optimized": [
    "sha256": "1163451024b2bcb9def4202a4b4a21c7674b43438696c4c1b16e198e831acc4d",
    "sha256" + debug: "889060abbb76445e3d5e13d5946cda7e52cfa1ae270d834095523d7ed5707423",
    "frameworks": ["Accelerate"],
  ],
  "kernels_portable": [
    "sha256": "cc3621e7f94a44b5f29dcb0273d770a0bd37ea967878d6854551e74252bd9c3f",
    "sha256" + debug: "5647b812b1c212e1e30bab2eeea4900ff647f64a353fc3bb4a061ea0cc9a4980",
  ],
  "kernels_quantized": [
    "sha256": "dd78b5ebdc9bda7fb44b3b008b8d19b8f6ff97dc78b0bd7f51b1ff9973577338",
    "sha256" + debug: "fbb9d91560ed708fa2e68775243ec252cb4003e9cc12ba57dade9747e2847e02",
  ],
]

func variants(_ table: [String: [String: Any]]) -> [(name: String, checksum: String)] {
  table.flatMap { name, details -> [(name: String, checksum: String)] in
    [(name, details["sha256"] as? String ?? ""),
     (name + debug, details["sha256" + debug] as? String ?? "")]
  }.sorted { $0.name < $1.name }
}

let package = Package(
  name: "executorch",
  platforms: [.iOS(.v17), .macOS(.v10_15)],
  products: variants(productTable).map { .library(name: $0.name, targets: [$0.name]) },
  targets: variants(productTable).map {
    .binaryTarget(name: $0.name, url: "\(host)/\($0.name)-\(version).zip", checksum: $0.checksum)
  }
)
