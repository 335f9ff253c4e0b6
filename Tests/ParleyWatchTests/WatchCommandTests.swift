import Foundation
import ParleyStoreSQLite
import ParleyTestSupport
import Testing

/// `parley watch` and `parley ingest URL` as a user runs them: the built executable, the loopback news site, an SQLite file.
@Suite("parley watch", .serialized)
struct WatchCommandTests {
    static var parley: String? { BuiltProducts.parley }

    static func run(_ args: [String]) throws -> (status: Int32, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(parley, "build the parley executable first (swift build)"))
        p.arguments = args
        let err = Pipe(), out = Pipe()
        p.standardError = err
        p.standardOutput = out
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self))
    }

    static func temporaryStore() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("parley-watch-cli-\(UUID().uuidString).sqlite").path
    }

    @Test("parley watch --once feeds.opml stores every article once, logs each failure, and exits 1 for the feed that is gone")
    func watchOnce() async throws {
        let (server, opml) = try FeedWatcherTests.newsSite()
        defer { server.shutdown() }
        let store = Self.temporaryStore()
        let args = ["watch", "--once", opml, "--store", store, "--timeout", "4", "--attempts", "2", "--host-delay", "0", "--per-host", "4"]
        let r = try Self.run(args)
        #expect(r.status == 1, "\(r.err)")
        #expect(r.err.contains("missing.rss: feed fetch failed") && r.err.contains("[fetch.not-found]"))
        #expect(r.err.contains("/a/slow failed (attempt 1 of 3)") && r.err.contains("[fetch.timeout]"))
        #expect(r.err.contains("4 feeds polled (1 failed); 9 articles stored, 1 duplicates, 0 seen before, 5 failed"), "\(r.err)")
        #expect(!r.err.contains("\u{1B}["))
        let db = try SQLiteEventStore(path: store)
        #expect(try await db.statistics().documents == 9)
        try await db.close()
        // a second run fetches no article again
        let again = try Self.run(args)
        #expect(again.err.contains("0 articles stored"), "\(again.err)")
        #expect(server.count("/a/xi-moscow") == 1 && server.count("/a/biden-xi") == 1)
    }

    @Test("parley ingest takes page addresses; a failed address is reported and the rest stored")
    func ingestURLs() async throws {
        let (server, _) = try FeedWatcherTests.newsSite()
        defer { server.shutdown() }
        let store = Self.temporaryStore()
        let r = try Self.run(["ingest", server.base + "/a/kim", server.base + "/old/modi-washington", server.base + "/a/missing", "--store", store])
        #expect(r.status == 1)
        #expect(r.err.contains("/a/missing: HTTP 404") && r.err.contains("[fetch.not-found]"))
        #expect(r.err.contains("2 added"))
        let db = try SQLiteEventStore(path: store)
        let page = try await db.page(document: "https://vestnik-vostoka.example/news/2023/09/13/putin-kim-vostochny")
        #expect(page?.location == server.base + "/a/kim")
        try await db.close()
    }
}
