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
    ],
    targets: [
        // text → knowledge → time → extraction → evaluation → CLI
        //                                      ↘ store (protocols, merging, exports) → SQLite / PostgreSQL → CLI
        //                                                                           ↘ server (HTTP API, web UI) → CLI
        .target(name: "ParleyText"),
        .target(name: "ParleyKnowledge", dependencies: ["ParleyText"], resources: [.copy("Resources")]),
        .target(name: "ParleyTime", dependencies: ["ParleyText"]),
        .target(name: "ParleyExtraction", dependencies: ["ParleyText", "ParleyKnowledge", "ParleyTime"]),
        .target(name: "ParleyEvaluation", dependencies: ["ParleyExtraction"]),
        .target(name: "ParleyStore", dependencies: ["ParleyTime", "ParleyExtraction"]),
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
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyExtraction", "ParleyEvaluation", "ParleyStore", "ParleyStoreSQLite", "ParleyStorePostgres", "ParleyServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .testTarget(name: "ParleyTextTests", dependencies: ["ParleyText"]),
        .testTarget(name: "ParleyKnowledgeTests", dependencies: ["ParleyKnowledge"]),
        .testTarget(name: "ParleyTimeTests", dependencies: ["ParleyTime"]),
        .testTarget(name: "ParleyExtractionTests", dependencies: ["ParleyExtraction"]),
        .testTarget(name: "ParleyEvaluationTests", dependencies: ["ParleyEvaluation"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyExtraction", "ParleyEvaluation"]),
        .testTarget(
            name: "ParleyStoreTests",
            dependencies: ["ParleyStore", "ParleyStoreSQLite", "ParleyStorePostgres", "ParleyExtraction"]),
        .testTarget(
            name: "ParleyServerTests",
            dependencies: [
                "ParleyServer", "ParleyStore", "ParleyStoreSQLite", "ParleyExtraction",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)
