// swift-tools-version:5.9
/* etcts test manifest: products and their checksums kept in one table; the package is built from it.
 * Each entry carries the checksum of its release binary and, under "sha256" + debug, of its debug one. */
import PackageDescription

let version = "1.5.1"
let host = "https://binaries.example.invalid/executorch"
let debug = "_debug"

// name -> checksums and what it links
let productTable: [String: [String: Any]] = [
  "executorch": [
    "sha256": "80ee6825be225ee4f94bd728eedfbdbfcd27e152c7646f402db27fa8ed415065",
    "sha256" + debug: "7e9ea1748486b8d25064a5e96512ca8056dadea5b0731d6567f1ebd35ec7d18e",
  ],
  "backend_coreml": [
    "sha256": "3929e523bf962b4dd01c89ac3be10e351aa22cbafdb58b24a43b61803659b384",
    "sha256" + debug: "9e7803fb553bb02309facf19c0bb066e4339c5e9724c80d335240729b89216b8",
    "frameworks": ["CoreML", "Accelerate"],
  ],
  "backend_xnnpack": [
    "sha256": "0bcdf8211e09095ebe6946d805c81d5234bb940b1f443d37eed597a0eba8640e",
    "sha256" + debug: "ecd4deca57a6922d751a699cab586522ec86438ba81fea6cb1954351842fd706",
  ],
  "kernels_optimized": [
    "sha256": "98fbfb0f9a5df57189ca67e06637ecb43fc4a98dd4055a5e760c6ffc7b7a6404",
    "sha256" + debug: "17fd529127cfdb9fbed5b45875cc87253fe6aa9e5aea55aee6396fb6ff405793",
    "frameworks": ["Accelerate"],
  ],
  "kernels_portable": [
    "sha256": "78f08e1791991119e7a3a74dc31c2a569b65281c74a321669afb37b4d42dab8a",
    "sha256" + debug: "b7de73e5a51c6d48d776ef0279c3b0d60e4eeee714b3cea5987ec7d4ec8bd06a",
  ],
  "kernels_quantized": [
    "sha256": "dbe2c4638082fb315f6623f77e67617b5ae1806536a11ff52eeacba36a26b445",
    "sha256" + debug: "c3913c5e672ea365a0d079529e71ead303781d369dcaf3619c44f73104da8a51",
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
