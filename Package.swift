// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyExtraction", targets: ["ParleyExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // text → knowledge → time → extraction → evaluation → CLI
        .target(name: "ParleyText"),
        .target(name: "ParleyKnowledge", dependencies: ["ParleyText"], resources: [.copy("Resources")]),
        .target(name: "ParleyTime", dependencies: ["ParleyText"]),
        .target(name: "ParleyExtraction", dependencies: ["ParleyText", "ParleyKnowledge", "ParleyTime"]),
        .target(name: "ParleyEvaluation", dependencies: ["ParleyExtraction"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyExtraction", "ParleyEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ParleyTextTests", dependencies: ["ParleyText"]),
        .testTarget(name: "ParleyKnowledgeTests", dependencies: ["ParleyKnowledge"]),
        .testTarget(name: "ParleyTimeTests", dependencies: ["ParleyTime"]),
        .testTarget(name: "ParleyExtractionTests", dependencies: ["ParleyExtraction"]),
        .testTarget(name: "ParleyEvaluationTests", dependencies: ["ParleyEvaluation"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyExtraction", "ParleyEvaluation"]),
    ]
)
