// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Setu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "setu", targets: ["setu"]),
        .library(name: "SetuText", targets: ["SetuText"]),
        .library(name: "SetuCore", targets: ["SetuCore"]),
        .library(name: "SetuGlossary", targets: ["SetuGlossary"]),
        .library(name: "SetuAlign", targets: ["SetuAlign"]),
        .library(name: "SetuMemory", targets: ["SetuMemory"]),
        .library(name: "SetuExchange", targets: ["SetuExchange"]),
        .library(name: "SetuWorkflows", targets: ["SetuWorkflows"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .target(
            name: "CSetuICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "CSetuXML", dependencies: ["CLibXML2"]),
        .target(name: "SetuCore"),
        .target(name: "SetuText", dependencies: ["SetuCore", "CSetuICU"]),
        .target(name: "SetuGlossary", dependencies: ["SetuCore", "SetuText"]),
        .target(name: "SetuAlign", dependencies: ["SetuCore", "SetuText", "SetuGlossary"]),
        .target(
            name: "SetuMemory",
            dependencies: [
                "SetuCore", "SetuText", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "SetuExchange", dependencies: ["SetuCore", "CSetuXML"]),
        .target(
            name: "SetuWorkflows",
            dependencies: ["SetuCore", "SetuText", "SetuGlossary", "SetuAlign", "SetuMemory", "SetuExchange"]
        ),
        .executableTarget(
            name: "setu",
            dependencies: [
                "SetuCore", "SetuText", "SetuGlossary", "SetuAlign", "SetuMemory", "SetuExchange", "SetuWorkflows",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "SetuTestSupport", dependencies: ["SetuCore"], path: "Tests/SetuTestSupport"),
        .testTarget(
            name: "SetuTextTests",
            dependencies: ["SetuText", "SetuTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SetuGlossaryTests",
            dependencies: ["SetuGlossary", "SetuTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SetuAlignTests",
            dependencies: ["SetuAlign", "SetuTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SetuMemoryTests", dependencies: ["SetuMemory", "SetuTestSupport"]),
        .testTarget(
            name: "SetuExchangeTests",
            dependencies: ["SetuExchange", "SetuTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SetuWorkflowsTests", dependencies: ["SetuWorkflows", "SetuTestSupport"]),
        .testTarget(
            name: "SetuCLITests",
            dependencies: ["setu", "SetuTestSupport"]
        ),
    ]
)
