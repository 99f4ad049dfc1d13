// swift-tools-version: 6.0
// libFuzzer targets for Setu's parsers, kept out of the main package and CI. Build and run them with
// tools/fuzz.sh (it passes -sanitize=fuzzer,address; each target hands its callback to libFuzzer's driver).
import PackageDescription

let setu: [Target.Dependency] = [
    .product(name: "SetuText", package: "Setu"), .product(name: "SetuGlossary", package: "Setu"),
    .product(name: "SetuExchange", package: "Setu"), .product(name: "SetuMemory", package: "Setu"),
    .product(name: "SetuWorkflows", package: "Setu"),
]

let package = Package(
    name: "SetuFuzz",
    dependencies: [.package(name: "Setu", path: "../..")],
    targets: [.target(name: "FuzzDriver")]
        + ["fuzz-segment", "fuzz-glossary", "fuzz-tmx", "fuzz-tbx", "fuzz-xliff", "fuzz-lookup"].map {
            .executableTarget(name: $0, dependencies: setu + ["FuzzDriver"])
        }
)
