import Foundation
import ParleyTestSupport
import Testing
import ParleyStore

/// A process killed with SIGKILL in the middle of a large ingest leaves only whole documents, and a re-run completes the rest.
@Suite("Ingest crash safety", .serialized)
struct IngestCrashTests {
    /// The `parley` binary that `swift build`/`swift test` built.
    static var parley: String? { BuiltProducts.parley }

    static func run(_ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: parley!)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    @Test("kill -9 during a large ingest leaves whole documents only, and a re-run completes the rest", arguments: Backend.available)
    func killedMidIngest(_ backend: Backend) async throws {
        let parley = try #require(Self.parley, "build the parley executable first (swift build)")
        _ = parley
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let corpus = dir.appendingPathComponent("corpus.jsonl").path
        let total = 4000
        let gen = try Self.run(["bench-store", "corpus", "--documents", String(total), "--output", corpus])
        gen.waitUntilExit()
        #expect(gen.terminationStatus == 0)
        let (store, location) = try await backend.makeStore()
        try await store.close()

        let ingest = try Self.run(["ingest", corpus, "--store", location, "--quiet"])
        // wait until part of the corpus is in, then kill the process outright
        let observer = try await backend.reopen(location)
        var seen = 0
        let deadline = Date().addingTimeInterval(300)
        while seen < 100 && ingest.isRunning && Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
            seen = try await observer.statistics().documents
        }
        #expect(ingest.isRunning, "the ingest finished before it could be killed; use a larger corpus")
        kill(ingest.processIdentifier, SIGKILL)
        ingest.waitUntilExit()
        #expect(ingest.terminationReason == .uncaughtSignal)

        let afterKill = try await observer.statistics()
        #expect(afterKill.documents >= 100 && afterKill.documents < total)
        #expect(afterKill.incompleteDocuments == 0, "a document was stored in part")
        try await observer.close()

        let rerun = try Self.run(["ingest", corpus, "--store", location, "--quiet"])
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        let final = try await backend.reopen(location)
        let done = try await final.statistics()
        #expect(done.documents == total)
        #expect(done.incompleteDocuments == 0)
        try await final.close()
        try? FileManager.default.removeItem(at: dir)
    }
}
