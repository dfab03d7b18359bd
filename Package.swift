// swift-tools-version:6.0
import PackageDescription

// Dependencies run one way:
// HyteBase (Foundation only: markup escaping and MarkupBuffer, Locked, Parallel.map) → PlanModel, Charts, PlanLoader, SiteRenderer, …;
// PlanModel → (PlanLoader, Markdown, Inspect); Charts (pure SVG) → SiteRenderer → SiteBuilder → PreviewServer → HyteCLI → hyte;
// PlanLoader → SotkanetImport (`hyte import sotkanet`) → HyteCLI; PlanLoader → PlanScaffold (`hyte new`) → HyteCLI
let package = Package(
    name: "hyte",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hyte", targets: ["hyte"]),
        .library(name: "SiteBuilder", targets: ["SiteBuilder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // Shared helpers with no dependency but Foundation.
        .target(name: "HyteBase"),
        .target(name: "PlanModel", dependencies: ["HyteBase"]),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "HyteBase"]),
        .target(name: "Charts", dependencies: ["HyteBase"]),
        .target(name: "Inspect", dependencies: ["CLibXML2"]),
        .target(
            name: "PlanLoader",
            dependencies: ["HyteBase", "PlanModel", "Markdown", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "SiteRenderer",
            dependencies: [
                "HyteBase", "PlanModel", "Markdown", "Charts",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")]),
        .target(name: "SiteBuilder", dependencies: ["HyteBase", "PlanModel", "PlanLoader", "SiteRenderer", "Inspect"]),
        .target(
            name: "PreviewServer",
            dependencies: [
                "HyteBase", "SiteBuilder", "SiteRenderer", "PlanModel",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")]),
        .target(name: "SotkanetImport", dependencies: ["HyteBase", "PlanModel", "PlanLoader", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "HyteCLI",
            dependencies: [
                "SiteBuilder", "PreviewServer", "SotkanetImport", "PlanScaffold",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "hyte", dependencies: ["HyteCLI"]),
        // For tests only: finds the hyte executable that swift test builds beside them.
        .target(name: "HyteTestSupport"),
        .testTarget(
            name: "PlanLoaderTests",
            dependencies: ["PlanLoader", "PlanModel", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "SiteRendererTests",
            dependencies: ["SiteRenderer", "PlanLoader", "PlanModel", "Inspect", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Golden"]),
        .testTarget(name: "HyteBaseTests", dependencies: ["HyteBase"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "HyteBase", "Inspect"], exclude: ["Golden"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "HyteCLI", "PlanModel", "Inspect", "HyteTestSupport"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "SiteBuilder", "PlanModel", "HyteTestSupport"]),
        .testTarget(
            name: "SotkanetImportTests",
            dependencies: [
                "SotkanetImport", "PlanLoader", "PlanModel", "HyteCLI",
            ],
            resources: [.copy("Fixtures")]),
        .target(
            name: "PlanScaffold",
            dependencies: [
                "PlanLoader", "PlanModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")]),
        // Runs the hyte executable beside the test bundle (built by swift test, as for ServeCommandTests).
        .testTarget(
            name: "PlanScaffoldTests",
            dependencies: ["PlanScaffold", "PlanLoader", "PlanModel", "HyteTestSupport", .product(name: "Yams", package: "Yams")]),
    ]
)
