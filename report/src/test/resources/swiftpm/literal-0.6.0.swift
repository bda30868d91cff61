// swift-tools-version:5.9
// etcts test manifest: the prebuilt ExecuTorch runtime, backends and kernels as a Swift package,
// every product and its _debug variant declared literally. Written for the swiftpm gate tests.
import PackageDescription

let version = "0.6.0"
let binaries = "https://binaries.example.invalid/executorch/"

let package = Package(
  name: "executorch",
  platforms: [
    .iOS(.v17),
    .macOS(.v10_15),
  ],
  products: [
    .library(name: "executorch", targets: ["executorch_link"]),
    .library(name: "executorch_debug", targets: ["executorch_debug_link"]),
    .library(name: "backend_coreml", targets: ["backend_coreml_link"]),
    .library(name: "backend_coreml_debug", targets: ["backend_coreml_debug_link"]),
    .library(name: "backend_mps", targets: ["backend_mps_link"]),
    .library(name: "backend_mps_debug", targets: ["backend_mps_debug_link"]),
    .library(name: "backend_xnnpack", targets: ["backend_xnnpack_link"]),
    .library(name: "backend_xnnpack_debug", targets: ["backend_xnnpack_debug_link"]),
    .library(name: "kernels_custom", targets: ["kernels_custom_link"]),
    .library(name: "kernels_custom_debug", targets: ["kernels_custom_debug_link"]),
    .library(name: "kernels_optimized", targets: ["kernels_optimized_link"]),
    .library(name: "kernels_optimized_debug", targets: ["kernels_optimized_debug_link"]),
    .library(name: "kernels_portable", targets: ["kernels_portable_link"]),
    .library(name: "kernels_portable_debug", targets: ["kernels_portable_debug_link"]),
    .library(name: "kernels_quantized", targets: ["kernels_quantized_link"]),
    .library(name: "kernels_quantized_debug", targets: ["kernels_quantized_debug_link"]),
  ],
  targets: [
    .binaryTarget(
      name: "executorch",
      url: "\(binaries)executorch-\(version).zip",
      checksum: "80ee6825be225ee4f94bd728eedfbdbfcd27e152c7646f402db27fa8ed415065"
    ),
    .target(name: "executorch_link", dependencies: ["executorch"], path: "Links/executorch", linkerSettings: [.linkedLibrary("c++")]),
    .binaryTarget(
      name: "executorch_debug",
      url: "\(binaries)executorch_debug-\(version).zip",
      checksum: "7e9ea1748486b8d25064a5e96512ca8056dadea5b0731d6567f1ebd35ec7d18e"
    ),
    .target(name: "executorch_debug_link", dependencies: ["executorch_debug"], path: "Links/executorch_debug", linkerSettings: [.linkedLibrary("c++")]),
    .binaryTarget(
      name: "backend_coreml",
      url: "\(binaries)backend_coreml-\(version).zip",
      checksum: "3929e523bf962b4dd01c89ac3be10e351aa22cbafdb58b24a43b61803659b384"
    ),
    .target(name: "backend_coreml_link", dependencies: ["backend_coreml"], path: "Links/backend_coreml", linkerSettings: [.linkedFramework("CoreML")]),
    .binaryTarget(
      name: "backend_coreml_debug",
      url: "\(binaries)backend_coreml_debug-\(version).zip",
      checksum: "9e7803fb553bb02309facf19c0bb066e4339c5e9724c80d335240729b89216b8"
    ),
    .target(name: "backend_coreml_debug_link", dependencies: ["backend_coreml_debug"], path: "Links/backend_coreml_debug", linkerSettings: [.linkedFramework("CoreML")]),
    .binaryTarget(
      name: "backend_mps",
      url: "\(binaries)backend_mps-\(version).zip",
      checksum: "d9e025d3b8e3c302b75ff596ac3fb3fc394f9667b7c21cd2a3f87493256cc816"
    ),
    .target(name: "backend_mps_link", dependencies: ["backend_mps"], path: "Links/backend_mps", linkerSettings: [.linkedFramework("Metal")]),
    .binaryTarget(
      name: "backend_mps_debug",
      url: "\(binaries)backend_mps_debug-\(version).zip",
      checksum: "991f4160e5bc9a46e16553326c858fd8c9e9e4506b9c49309627d2d4ad61606a"
    ),
    .target(name: "backend_mps_debug_link", dependencies: ["backend_mps_debug"], path: "Links/backend_mps_debug", linkerSettings: [.linkedFramework("Metal")]),
    .binaryTarget(
      name: "backend_xnnpack",
      url: "\(binaries)backend_xnnpack-\(version).zip",
      checksum: "0bcdf8211e09095ebe6946d805c81d5234bb940b1f443d37eed597a0eba8640e"
    ),
    .target(name: "backend_xnnpack_link", dependencies: ["backend_xnnpack"], path: "Links/backend_xnnpack"),
    .binaryTarget(
      name: "backend_xnnpack_debug",
      url: "\(binaries)backend_xnnpack_debug-\(version).zip",
      checksum: "ecd4deca57a6922d751a699cab586522ec86438ba81fea6cb1954351842fd706"
    ),
    .target(name: "backend_xnnpack_debug_link", dependencies: ["backend_xnnpack_debug"], path: "Links/backend_xnnpack_debug"),
    .binaryTarget(
      name: "kernels_custom",
      url: "\(binaries)kernels_custom-\(version).zip",
      checksum: "ff45b5730ecb89fa2d6765a6953a5e05d3a7818dbd9861ab6f22ae73745aefc5"
    ),
    .target(name: "kernels_custom_link", dependencies: ["kernels_custom"], path: "Links/kernels_custom"),
    .binaryTarget(
      name: "kernels_custom_debug",
      url: "\(binaries)kernels_custom_debug-\(version).zip",
      checksum: "7220b9d4f24a92bb9e479ee116696234680be61e06d8ee259a27e7e8d6286637"
    ),
    .target(name: "kernels_custom_debug_link", dependencies: ["kernels_custom_debug"], path: "Links/kernels_custom_debug"),
    .binaryTarget(
      name: "kernels_optimized",
      url: "\(binaries)kernels_optimized-\(version).zip",
      checksum: "98fbfb0f9a5df57189ca67e06637ecb43fc4a98dd4055a5e760c6ffc7b7a6404"
    ),
    .target(name: "kernels_optimized_link", dependencies: ["kernels_optimized"], path: "Links/kernels_optimized", linkerSettings: [.linkedFramework("Accelerate")]),
    .binaryTarget(
      name: "kernels_optimized_debug",
      url: "\(binaries)kernels_optimized_debug-\(version).zip",
      checksum: "17fd529127cfdb9fbed5b45875cc87253fe6aa9e5aea55aee6396fb6ff405793"
    ),
    .target(name: "kernels_optimized_debug_link", dependencies: ["kernels_optimized_debug"], path: "Links/kernels_optimized_debug", linkerSettings: [.linkedFramework("Accelerate")]),
    .binaryTarget(
      name: "kernels_portable",
      url: "\(binaries)kernels_portable-\(version).zip",
      checksum: "78f08e1791991119e7a3a74dc31c2a569b65281c74a321669afb37b4d42dab8a"
    ),
    .target(name: "kernels_portable_link", dependencies: ["kernels_portable"], path: "Links/kernels_portable"),
    .binaryTarget(
      name: "kernels_portable_debug",
      url: "\(binaries)kernels_portable_debug-\(version).zip",
      checksum: "b7de73e5a51c6d48d776ef0279c3b0d60e4eeee714b3cea5987ec7d4ec8bd06a"
    ),
    .target(name: "kernels_portable_debug_link", dependencies: ["kernels_portable_debug"], path: "Links/kernels_portable_debug"),
    .binaryTarget(
      name: "kernels_quantized",
      url: "\(binaries)kernels_quantized-\(version).zip",
      checksum: "dbe2c4638082fb315f6623f77e67617b5ae1806536a11ff52eeacba36a26b445"
    ),
    .target(name: "kernels_quantized_link", dependencies: ["kernels_quantized"], path: "Links/kernels_quantized"),
    .binaryTarget(
      name: "kernels_quantized_debug",
      url: "\(binaries)kernels_quantized_debug-\(version).zip",
      checksum: "c3913c5e672ea365a0d079529e71ead303781d369dcaf3619c44f73104da8a51"
    ),
    .target(name: "kernels_quantized_debug_link", dependencies: ["kernels_quantized_debug"], path: "Links/kernels_quantized_debug"),
  ]
)
