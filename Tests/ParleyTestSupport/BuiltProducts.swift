import Foundation

/// Where the tests find what `swift build`/`swift test` built: the `parley` executable and the repository.
public enum BuiltProducts {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `parley` binary next to the test bundle, else in `.build/debug` or `.build/release`; nil before a build.
    public static var parley: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("parley").path,
            root.appendingPathComponent(".build/debug/parley").path,
            root.appendingPathComponent(".build/release/parley").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
