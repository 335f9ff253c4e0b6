import Foundation
import Testing
import ParleyStore
import ParleyTestSupport

/// `parley ingest` and `parley events` as a user runs them (the built executable, a real SQLite file).
@Suite("parley ingest and events")
struct IngestCommandTests {
    static let merging = BuiltProducts.root.appendingPathComponent("Tests/Fixtures/merging/articles").path

    /// Runs `parley` with arguments, returning the exit status, standard output and standard error.
    static func parley(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(BuiltProducts.parley))
        p.arguments = args
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func temporaryStore() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("store.sqlite").path
    }

    @Test("ingest prints plain progress lines when standard error is not a terminal, and a summary")
    func plainProgress() throws {
        let store = Self.temporaryStore()
        let r = try Self.parley(["ingest", Self.merging, "--store", store])
        #expect(r.status == 0)
        #expect(r.err.contains("ingest: 35/35 documents"))
        #expect(r.err.contains("documents/s") && r.err.contains("events") && r.err.contains("ETA"))
        #expect(!r.err.contains("\r"))
        #expect(r.err.contains("35 added"))
        // a second run changes nothing
        let again = try Self.parley(["ingest", Self.merging, "--store", store])
        #expect(again.err.contains("0 added, 0 replaced, 35 unchanged"))
    }

    @Test("ingest draws a one-line bar on a terminal", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func terminalBar() throws {
        let store = Self.temporaryStore()
        let bin = try #require(BuiltProducts.parley)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", "\(bin) ingest \(Self.merging) --store \(store)", "/dev/null"]
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("\r█"))
        #expect(text.contains("35/35 docs"))
    }

    @Test("bad input lines are reported and skipped, the rest is stored, and the exit status is 1")
    func badInput() throws {
        let store = Self.temporaryStore()
        let jsonl = """
        {"id": "good-1", "text": "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday.", "date": "2024-05-16"}
        {"id": "broken", "text": 
        {"id": "good-2", "text": "Xi Jinping and Vladimir Putin met in Beijing on May 16.", "date": "2024-05-17"}

        """
        let r = try Self.parley(["ingest", "-", "--store", store, "--quiet"], stdin: jsonl)
        #expect(r.status == 1)
        #expect(r.err.contains("<stdin>:2") && r.err.contains("input.malformed-json"))
        let events = try Self.parley(["events", "--store", store, "--format", "csv"])
        #expect(events.status == 0)
        #expect(events.out.contains("good-1;good-2"))
    }

    @Test("events filters and exports, and --explain says why reports were merged")
    func eventsCommand() throws {
        let store = Self.temporaryStore()
        _ = try Self.parley(["ingest", Self.merging, "--store", store, "--quiet"])
        let jsonl = try Self.parley(["events", "--store", store, "--pair", "RUS-CHN", "--type", "meeting"])
        #expect(jsonl.status == 0)
        let lines = jsonl.out.split(separator: "\n")
        #expect(lines.count == 2)   // Beijing in May and Astana in July stay apart
        let beijing = try #require(lines.first { $0.contains("\"2024-05-16\"") })
        let id = try #require(beijing.split(separator: "\"").dropFirst(3).first.map(String.init))
        let explain = try Self.parley(["events", "--store", store, "--explain", id])
        #expect(explain.status == 0)
        #expect(explain.out.contains("3 sources, 3 reports"))
        #expect(explain.out.contains("why: first report"))
        #expect(explain.out.contains("why: merged with \(id)"))
        let missing = try Self.parley(["events", "--store", store, "--explain", "ev-nope"])
        #expect(missing.status != 0)
        #expect(missing.err.contains("no event ev-nope"))
        for format in ["csv", "graphml", "gexf", "cameo", "table"] {
            let r = try Self.parley(["events", "--store", store, "--format", format, "--person", "Putin"])
            #expect(r.status == 0 && !r.out.isEmpty, "\(format)")
        }
        let bad = try Self.parley(["events", "--store", store, "--from", "May"])
        #expect(bad.status != 0 && bad.err.contains("YYYY-MM-DD"))
    }
}
