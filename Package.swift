// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyExtraction", targets: ["ParleyExtraction"]),
        .library(name: "ParleyStore", targets: ["ParleyStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // text → knowledge → time → extraction → evaluation → CLI
        //                                      ↘ store (protocols, merging, exports) → SQLite / PostgreSQL → CLI
        //                                                                           ↘ server (HTTP API, web UI) → CLI
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ParleyText"),
        .target(name: "ParleyKnowledge", dependencies: ["ParleyText"], resources: [.copy("Resources")]),
        .target(name: "ParleyTime", dependencies: ["ParleyText"]),
        // web pages: charset, gzip, libxml2's HTML parser, main-text and metadata extraction (no HTTP, no database)
        .target(name: "ParleyHTML", dependencies: ["CLibXML2", "CZlib", "ParleyText", "ParleyTime"]),
        .target(name: "ParleyExtraction", dependencies: ["ParleyText", "ParleyKnowledge", "ParleyTime", "ParleyHTML"]),
        .target(name: "ParleyEvaluation", dependencies: ["ParleyExtraction"]),
        .target(name: "ParleyStore", dependencies: ["ParleyTime", "ParleyHTML", "ParleyExtraction"]),
        .target(name: "ParleyStoreSQLite", dependencies: ["ParleyStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "ParleyStorePostgres",
            dependencies: [
                "ParleyStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "ParleyServer",
            dependencies: [
                "ParleyStore", "ParleyExtraction", "ParleyKnowledge", "ParleyTime", "ParleyText",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources")]),
        // the web: HTTP fetching (AsyncHTTPClient), feeds and OPML (libxml2), and the watcher that ties them to the store
        .target(
            name: "ParleyFetch",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "ParleyFeeds", dependencies: ["CLibXML2", "ParleyHTML"]),
        .target(name: "ParleyWatch", dependencies: ["ParleyFetch", "ParleyFeeds", "ParleyExtraction", "ParleyStore"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyExtraction", "ParleyEvaluation", "ParleyHTML", "ParleyStore", "ParleyStoreSQLite", "ParleyStorePostgres", "ParleyServer",
                "ParleyFetch", "ParleyFeeds", "ParleyWatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        // what the tests that run the built `parley` share
        .target(name: "ParleyTestSupport", path: "Tests/ParleyTestSupport"),
        .testTarget(name: "ParleyTextTests", dependencies: ["ParleyText"]),
        .testTarget(name: "ParleyHTMLTests", dependencies: ["ParleyHTML"]),
        .testTarget(name: "ParleyFeedsTests", dependencies: ["ParleyFeeds"]),
        .testTarget(
            name: "ParleyWatchTests",
            dependencies: [
                "ParleyWatch", "ParleyFetch", "ParleyFeeds", "ParleyStore", "ParleyStoreSQLite", "ParleyHTML", "ParleyTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]),
        .testTarget(name: "ParleyKnowledgeTests", dependencies: ["ParleyKnowledge"]),
        .testTarget(name: "ParleyTimeTests", dependencies: ["ParleyTime"]),
        .testTarget(name: "ParleyExtractionTests", dependencies: ["ParleyExtraction"]),
        .testTarget(name: "ParleyEvaluationTests", dependencies: ["ParleyEvaluation"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyExtraction", "ParleyEvaluation", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleyStoreTests",
            dependencies: ["ParleyStore", "ParleyStoreSQLite", "ParleyStorePostgres", "ParleyExtraction", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleyServerTests",
            dependencies: [
                "ParleyServer", "ParleyStore", "ParleyStoreSQLite", "ParleyExtraction", "ParleyTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)
