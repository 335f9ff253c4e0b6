import Foundation
import ParleyTestSupport
import Testing

/// The same input gives the same output in every process (Swift seeds its hash tables per process, so any
/// choice that follows a dictionary's order shows up as a difference between two runs).
@Suite("Determinism")
struct DeterminismTests {
    /// The `parley` binary that `swift build`/`swift test` built.
    static var parley: String? { BuiltProducts.parley }

    static func output(_ args: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: parley!)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "parley \(args.joined(separator: " ")) failed")
        return data
    }

    @Test("two processes extract byte-identical events from the same 2,000 generated articles")
    func sameOutputInEveryProcess() throws {
        _ = try #require(Self.parley, "build the parley executable first (swift build)")
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("parley-determinism-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        _ = try Self.output(["bench-store", "corpus", "--documents", "2000", "--seed", "7", "--output", corpus])
        let first = try Self.output(["extract", corpus])
        let second = try Self.output(["extract", corpus])
        #expect(first.count > 100_000)
        #expect(first == second)
    }
}
