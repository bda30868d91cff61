// swift-tools-version:5.9
// etcts test manifest for the swiftpm gate, written in the shape of upstream's 1.x swiftpm branches: two tables (products, and the targets they share) with,
// per product, the checksum of its release zip and, under "sha256" + debug, of its debug zip, and the
// package built from it by code. Checksums are made up; the binaries do not exist.
import PackageDescription

let version = "1.0.0"
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
    "sha256": "373175b03dc779984665a4d3253695c0bb104ba04caf4152a8ace36089d28cc7",
    "sha256" + debug: "ba1fce6d3f745385a00f68ae75727ab35459d0dff32afe026b384d7728f870b8",
    "frameworks": ["Accelerate", "CoreML"],
    "libraries": ["sqlite3"],
  ],
  "backend_mps": [
    "sha256": "9d40e6a74aee47fcd053ddba55c404851e3dbb0be1f6ed3409a951e0c62e7210",
    "sha256" + debug: "5b603efbc86867a921051b2f3224b2a1cba1051fb31681586cefa3cde5ba20dd",
    "frameworks": ["Metal", "MetalPerformanceShaders", "MetalPerformanceShadersGraph"],
  ],
  "backend_xnnpack": [
    "sha256": "1bc4d270066a82bb2d981e85167921d6c6d5ce775ffc21ecece177f8bb94b9a7",
    "sha256" + debug: "9cfb0d077d49906816bbe5d65730d39589875b50ae154b81c3f490c5e02de3be",
    "targets": ["threadpool"],
  ],
  "executorch": [
    "sha256": "a2bf5458aa09143af1210bf79377c385a9128b3e6bcf74e273a9485ea325fb56",
    "sha256" + debug: "c4f46d6d7c0db7e0d2875ece3b820fc3414a76b3491e0992fdcce2c67390304d",
    "libraries": ["c++"],
  ],
  "executorch_llm": [
    "sha256": "2ae1abb40deabbdce15e39a4d9f9bf6786b9e0948482d78156708ec72ee9091c",
    "sha256" + debug: "2d52cd4d396c3879acecf16dc7aa28ad809acb95294bcc8777115f9806b14a9b",
    "targets": ["executorch"],
  ],
  "kernels_llm": [
    "sha256": "a69bdbfedb49779c13ffad86dd3d4d55ab41bf3831e2a65fdd85a471441bbe87",
    "sha256" + debug: "0bf11c20aa5bf503af829f29abd4b38a878ea11204d01d550faa2946a288368e",
  ],
  "kernels_optimized": [
    "sha256": "2a854a17664acd166adb65b7880331ea07468bd52ee5455110532adcdfd344a0",
    "sha256" + debug: "e3e6a2db43564851302423995f43e5a29766660cf7356e4bab55bc56ac122f44",
    "frameworks": ["Accelerate"],
    "targets": ["threadpool"],
  ],
  "kernels_quantized": [
    "sha256": "a8c08e158761019b4f132b02b6702c20992128a0bbdca6b6fa64ecdebf5b6967",
    "sha256" + debug: "289d638d79bd56f7287955972856cb2077d634198708a52f4016917d1e1b9e21",
  ],
  "kernels_torchao": [
    "sha256": "1999fe4eb8f24234976a6ae353f6792cd7cbc5dba5febf8dd63b19f6bc5a7a9c",
    "sha256" + debug: "320d9b7ff8347420600d6a451e319149e16f4c2b814a9aaaa073abe537c9ee6c",
    "targets": ["threadpool"],
  ],
])

let sharedTargets = withDebugVariants([
  "threadpool": [
    "sha256": "f9f4a4358ecfbf861a4a543aa9d0e3480fa22ce5ca5c9c6947c00b2826330c44",
    "sha256" + debug: "7e61ad1b88ac2060fa0ed75015562371c0e107ad7889f51792f4a10fe8a4d175",
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
