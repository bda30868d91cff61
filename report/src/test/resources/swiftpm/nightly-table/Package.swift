// swift-tools-version:5.9
/* etcts test manifest: products and their checksums kept in one table; the package is built from it.
 * Each entry carries the checksum of its release binary and, under "sha256" + debug, of its debug one. */
import PackageDescription

let version = "1.5.1.20260115"
let host = "https://binaries.example.invalid/executorch"
let debug = "_debug"

// name -> checksums and what it links
let productTable: [String: [String: Any]] = [
  "executorch": [
    "sha256": "d9107e3845ff6cce7df2df217aa6137d5c5a12c2939f29d921a2eaf096ea28e9",
    "sha256" + debug: "14b61f2167cda4708d8bc836ff482e87b01f109807c804ffbaf5f05d6c67e109",
  ],
  "backend_coreml": [
    "sha256": "34986bf2424720765ed270542b5ea1d446db5fe08f5499e96454cb13e347befe",
    "sha256" + debug: "f481c7931d1c41a8390e8dd1c5c22b7de81ce837ed32fdd1156d2cbeaa2f87e0",
    "frameworks": ["CoreML", "Accelerate"],
  ],
  "backend_mps": [
    "sha256": "6154f4097d6da4a5fec3ccb08f3e68e98341171161574377479f86fd79a9bf99",
    "sha256" + debug: "c6752f7f7241333face7f8527fc4ea8c6c719dcb9b6284255ed6d85d6b7b1366",
  ],
  "backend_xnnpack": [
    "sha256": "204d6b156a5b906a82806effc60b0b0fb61c070e0d555b39ea709bb57aa84fd5",
    "sha256" + debug: "62bc84399ad8dfa7be803d3451d958f13317a6564b9f683101b134009150546b",
  ],
  "kernels_custom": [
    "sha256": "c4bbebdf2f3fd2b36ee8c9597f10a4f5f7fdd90f1694e5cc15bedcaf4c6e8918",
    "sha256" + debug: "43b33248d1ab58ddb4cf7b91dc4367518920945152745f045f8899bcb0a5e828",
  ],
  "kernels_optimized": [
    "sha256": "9f439689217f1fd42baa018e0285e70a574c7cfc5d9dd3b9adb4bcc609043945",
    "sha256" + debug: "6afb7943ddbec78ced01ade8380a7ec5adbae6e53e7acb4f28dc2c4d2fd55e83",
    "frameworks": ["Accelerate"],
  ],
  "kernels_portable": [
    "sha256": "6255bc105cdefc46ede49422f2dc4e7ebc62575a102a7c8f9e82aa81b907cfb5",
    "sha256" + debug: "6526a1fcb844acdf221351e030b8a9b583e8af97fcc1a732683ea3b30c082ad9",
  ],
  "kernels_quantized": [
    "sha256": "64ad3506cc793e555f20bf7dca937516589c40c104da3c2e1f6129e5811e567a",
    "sha256" + debug: "d86242799e26e7c5585f3ad753196826b3d2ad7cb939b52af7714bc229af6b84",
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
