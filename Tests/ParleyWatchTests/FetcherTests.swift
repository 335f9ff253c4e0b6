import Foundation
import ParleyFetch
import ParleyHTML
import Testing

@Suite("Fetcher", .serialized)
struct FetcherTests {
    static func fetcher(_ tweak: (inout Fetcher.Options) -> Void = { _ in }) -> Fetcher {
        var o = Fetcher.Options()
        o.timeout = .seconds(2)
        o.connectTimeout = .seconds(2)
        o.backoff = .milliseconds(20)
        o.perHostInterval = .zero
        tweak(&o)
        return Fetcher(options: o)
    }

    static func error(_ body: () async throws -> Void) async -> FetchError? {
        do { try await body(); return nil } catch let e as FetchError { return e } catch { Issue.record("not a FetchError: \(error)"); return nil }
    }

    @Test("a gzip-encoded answer comes back inflated")
    func gzip() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        let page = Array(String(repeating: "<p>Talks in Geneva.</p>", count: 200).utf8)
        server.serve("/a", .init(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: Gzip.compress(page)))
        let f = Self.fetcher()
        let r = try await f.fetch(server.base + "/a")
        #expect(r.body == page)
        #expect(server.log.first?.header("Accept-Encoding")?.contains("gzip") == true)
        try await f.shutdown()
    }

    @Test("redirects are followed and the final address is reported; a loop is fetch.redirects")
    func redirects() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        server.serve("/old", .redirect("/older", status: 301))
        server.serve("/older", .redirect(server.base + "/new", status: 302))
        server.serve("/new", .text("<p>here</p>"))
        server.serve("/loop1", .redirect("/loop2"))
        server.serve("/loop2", .redirect("/loop1"))
        let f = Self.fetcher()
        let r = try await f.fetch(server.base + "/old")
        #expect(r.url == server.base + "/new")
        #expect(r.body == Array("<p>here</p>".utf8))
        let e = await Self.error { _ = try await f.fetch(server.base + "/loop1") }
        #expect(e?.code == .redirects)
        try await f.shutdown()
    }

    @Test("404 fails at once as fetch.not-found; 500 is retried, then fetch.server-status")
    func statuses() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        server.serve("/missing", .text("gone", status: 404))
        server.serve("/broken", .text("oops", status: 500))
        let f = Self.fetcher { $0.attempts = 3 }
        let e404 = await Self.error { _ = try await f.fetch(server.base + "/missing") }
        #expect(e404?.code == .notFound && e404?.status == 404)
        #expect(server.count("/missing") == 1)
        let e500 = await Self.error { _ = try await f.fetch(server.base + "/broken") }
        #expect(e500?.code == .serverStatus && e500?.attempts == 3)
        #expect(server.count("/broken") == 3)
        try await f.shutdown()
    }

    @Test("a 503 followed by a 200 succeeds on the retry, and every failed attempt is logged")
    func flaky() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        server.route("/flaky") { _, n in n == 0 ? .text("busy", status: 503) : .text("<p>ok</p>") }
        let lines = Lines()
        let f = Self.fetcher { $0.log = { lines.add($0) } }
        let r = try await f.fetch(server.base + "/flaky")
        #expect(r.attempts == 2)
        #expect(lines.all.count == 1 && lines.all[0].contains("HTTP 503") && lines.all[0].contains("retrying"))
        try await f.shutdown()
    }

    @Test("a slow answer is fetch.timeout; a truncated one is fetch.network; neither crashes")
    func slowAndTruncated() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        server.serve("/slow", .init(headers: [("Content-Type", "text/html")], body: Array("<p>late</p>".utf8), delay: .seconds(3)))
        server.serve("/cut", .init(headers: [("Content-Type", "text/html")], body: [UInt8](repeating: 0x41, count: 100_000), truncateAfter: 1000))
        let f = Self.fetcher { $0.timeout = .milliseconds(500); $0.attempts = 2 }
        let slow = await Self.error { _ = try await f.fetch(server.base + "/slow") }
        #expect(slow?.code == .timeout)
        let cut = await Self.error { _ = try await f.fetch(server.base + "/cut") }
        #expect(cut?.code == .network)
        #expect(server.count("/cut") == 2)
        try await f.shutdown()
    }

    @Test("a 20 MB page is fetched whole; over the size limit it is fetch.too-large")
    func bigPage() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 20 << 20)
        server.serve("/big", .init(headers: [("Content-Type", "text/html")], body: body))
        let f = Self.fetcher { $0.timeout = .seconds(30) }
        #expect(try await f.fetch(server.base + "/big").body.count == 20 << 20)
        try await f.shutdown()
        let small = Self.fetcher { $0.maxBytes = 1 << 20; $0.timeout = .seconds(30) }
        let e = await Self.error { _ = try await small.fetch(server.base + "/big") }
        #expect(e?.code == .tooLarge)
        try await small.shutdown()
    }

    @Test("validators are sent back and a 304 is reported as not modified")
    func conditional() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        server.route("/feed") { req, _ in
            req.header("If-None-Match") == "\"v1\"" ? .init(status: 304) : .init(headers: [("ETag", "\"v1\""), ("Last-Modified", "Tue, 09 Jul 2024 10:00:00 GMT")], body: Array("<rss/>".utf8))
        }
        let f = Self.fetcher()
        let first = try await f.fetch(server.base + "/feed")
        #expect(first.etag == "\"v1\"" && !first.notModified)
        let second = try await f.fetch(server.base + "/feed", etag: first.etag, lastModified: first.lastModified)
        #expect(second.notModified && second.body.isEmpty)
        #expect(server.log.last?.header("If-Modified-Since") == "Tue, 09 Jul 2024 10:00:00 GMT")
        try await f.shutdown()
    }

    @Test("no more than the per-host cap of requests run at once")
    func perHostCap() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        for i in 0..<8 { server.serve("/p\(i)", .init(headers: [], body: Array("x".utf8), delay: .milliseconds(100))) }
        let f = Self.fetcher { $0.perHostConcurrency = 2 }
        try await withThrowingTaskGroup(of: Void.self) { g in
            for i in 0..<8 { g.addTask { _ = try await f.fetch(server.base + "/p\(i)") } }
            try await g.waitForAll()
        }
        #expect(server.maxConcurrent <= 2)
        #expect(server.log.count == 8)
        try await f.shutdown()
    }

    @Test("request starts to one host are spaced by the per-host interval")
    func perHostInterval() async throws {
        let server = try LoopbackServer(); defer { server.shutdown() }
        for i in 0..<4 { server.serve("/q\(i)", .text("x")) }
        let f = Self.fetcher { $0.perHostInterval = .milliseconds(200); $0.perHostConcurrency = 4 }
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { g in
            for i in 0..<4 { g.addTask { _ = try await f.fetch(server.base + "/q\(i)") } }
            try await g.waitForAll()
        }
        #expect(ContinuousClock.now - start >= .milliseconds(600))
        try await f.shutdown()
    }

    @Test("an address that is not http(s) is fetch.bad-url; a closed port is fetch.network")
    func badAddresses() async throws {
        let f = Self.fetcher { $0.attempts = 1 }
        #expect(await Self.error { _ = try await f.fetch("ftp://example.org/x") }?.code == .badURL)
        #expect(await Self.error { _ = try await f.fetch("http://127.0.0.1:1/x") }?.code == .network)
        try await f.shutdown()
    }
}

/// Log lines collected from a @Sendable callback.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ s: String) { lock.withLock { lines.append(s) } }
    var all: [String] { lock.withLock { lines } }
}
