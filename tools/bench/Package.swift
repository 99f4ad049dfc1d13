// swift-tools-version: 6.0
// Setu's release-mode benchmark runner, kept out of the main package and CI.
import PackageDescription

let package = Package(
    name: "SetuBench",
    dependencies: [.package(name: "Setu", path: "../..")],
    targets: [
        .executableTarget(
            name: "setu-bench",
            dependencies: [
                .product(name: "SetuText", package: "Setu"), .product(name: "SetuGlossary", package: "Setu"),
                .product(name: "SetuMemory", package: "Setu"), .product(name: "SetuAlign", package: "Setu"),
                .product(name: "SetuWorkflows", package: "Setu"),
            ]
        )
    ]
)
