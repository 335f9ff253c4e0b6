import Foundation

/// Finds a module's bundled resource folder wherever the binary runs: beside an installed executable, beside the
/// build products of `swift build`/`swift test`, or in a source checkout.
public enum BundledResources {
    /// The first existing folder holding `marker`.
    /// - Parameters:
    ///   - bundle: SwiftPM's bundle name, e.g. `Parley_ParleyKnowledge.resources`.
    ///   - marker: a file that must be in the folder.
    ///   - sourceFolder: the `Resources` folder in the source checkout (from `#filePath`).
    /// - Returns: the folder, or the paths looked in.
    public static func directory(bundle: String, marker: String, sourceFolder: URL) -> Result<URL, LookedIn> {
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(exe.appendingPathComponent(bundle).appendingPathComponent("Resources"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundle).appendingPathComponent("Resources"))
        // test bundles and `swift run` put the resources next to the build products
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            candidates.append(dir.appendingPathComponent(bundle).appendingPathComponent("Resources"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(sourceFolder)
        for c in candidates where FileManager.default.fileExists(atPath: c.appendingPathComponent(marker).path) { return .success(c) }
        return .failure(LookedIn(paths: candidates.map(\.path)))
    }

    /// The folders searched when nothing was found.
    public struct LookedIn: Error, Sendable {
        public var paths: [String]
    }
}
