import Foundation
import ParleyExtraction
import ParleyFeeds
import ParleyFetch
import ParleyHTML
import ParleyStore
import ParleyStoreSQLite
import ParleyWatch
import Testing

/// Status updates and log lines collected from the watcher.
final class Collector: WatchReporter, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private var statuses: [String: FeedStatus] = [:]
    func update(_ status: FeedStatus) { lock.withLock { statuses[status.url] = status } }
    func log(_ line: String) { lock.withLock { lines.append(line) } }
    var log: [String] { lock.withLock { lines } }
    func status(_ url: String) -> FeedStatus? { lock.withLock { statuses[url] } }
}

@Suite("Feed watcher", .serialized)
struct FeedWatcherTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/html")
    static let extractor = try! Extractor()

    static func fixture(_ name: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: fixtures.appendingPathComponent(name + ".html").path)!) }
    static func meta(_ name: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent(name + ".meta.json"))) as! [String: Any]
    }
    static func expected(_ name: String) -> String { try! String(contentsOf: fixtures.appendingPathComponent(name + ".expected.txt"), encoding: .utf8) }

    static func rss(_ title: String, _ links: [String], etag: Bool = true) -> LoopbackServer.Response {
        let items = links.enumerated().map { i, l in "<item><title>Item \(i)</title><link>\(l)</link><guid>\(l)</guid></item>" }.joined()
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>\(title)</title>\(items)</channel></rss>"
        return .init(headers: [("Content-Type", "application/rss+xml")] + (etag ? [("ETag", "\"\(title.count)-\(links.count)\"")] : []), body: Array(xml.utf8))
    }

    /// A feed route answering 304 to its own ETag.
    static func conditional(_ r: LoopbackServer.Response) -> LoopbackServer.Route {
        { req, _ in
            if let etag = r.headers.first(where: { $0.0 == "ETag" })?.1, req.header("If-None-Match") == etag { return .init(status: 304) }
            return r
        }
    }

    /// The local news site: feeds and pages that go right and wrong in every way issue 6 lists.
    static func newsSite() throws -> (LoopbackServer, opml: String) {
        let s = try LoopbackServer()
        let b = s.base
        func page(_ name: String, type: String = "text/html; charset=utf-8") -> LoopbackServer.Response {
            .init(headers: [("Content-Type", type)], body: fixture(name))
        }
        s.serve("/a/xi-moscow", page("h01_xi-moscow-state-visit"))
        s.serve("/a/biden-xi", page("h02_biden-xi-woodside"))
        // a windows-1251 page whose server claims UTF-8
        s.serve("/a/kim", page("h08_kim-putin-vostochny", type: "text/html; charset=utf-8"))
        // gzip on the wire
        s.serve("/a/modi-kyiv", .init(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: Gzip.compress(fixture("h12_modi-kyiv-visit"))))
        // an ISO-8859-1 page declared in its header
        s.serve("/a/macron", page("h21_macron-state-visit-germany", type: "text/html; charset=ISO-8859-1"))
        s.serve("/old/modi-washington", .redirect("/a/modi-washington"))
        s.serve("/a/modi-washington", page("h03_modi-washington-state-visit"))
        s.serve("/a/erdogan", page("h05_erdogan-putin-sochi"))
        s.serve("/a/scholz", page("h14_scholz-beijing"))
        // a 20 MB page: a small article in a very large page
        var big = fixture("h16_modi-xi-kazan")
        let blob = Array("<script>var state = \"".utf8) + [UInt8](repeating: UInt8(ascii: "z"), count: 20 << 20) + Array("\";</script>".utf8)
        if let at = String(decoding: big, as: UTF8.self).range(of: "</head>")?.lowerBound.utf16Offset(in: String(decoding: big, as: UTF8.self)) {
            big.insert(contentsOf: blob, at: at)
        }
        s.serve("/a/big", .init(headers: [("Content-Type", "text/html; charset=utf-8")], body: big))
        s.serve("/a/missing", .text("not here", status: 404))
        s.serve("/a/broken", .text("server error", status: 500))
        // slower than the tests' 4-second time-out (which is generous, for a machine busy with the other tests)
        s.serve("/a/slow", .init(headers: [("Content-Type", "text/html")], body: fixture("h17_starmer-meloni-rome"), delay: .seconds(10)))
        s.serve("/a/cut", .init(headers: [("Content-Type", "text/html")], body: fixture("h18_trump-zelensky-oval-office"), truncateAfter: 700))
        s.serve("/a/binary", .init(headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]))

        s.route("/feeds/world.rss", conditional(rss("World", [b + "/a/xi-moscow", b + "/a/biden-xi", b + "/a/kim", b + "/a/modi-kyiv",
                                                               b + "/old/modi-washington", b + "/a/missing", b + "/a/broken", b + "/a/slow",
                                                               b + "/a/cut", b + "/a/binary"])))
        let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Europe</title>
        <entry><id>e1</id><link href="/a/erdogan"/><published>2023-09-04T12:00:00Z</published></entry>
        <entry><id>e2</id><link href="\(b)/a/biden-xi"/></entry>
        <entry><id>e3</id><link href="/a/macron"/></entry>
        <entry><id>e4</id><link href="/a/big"/></entry></feed>
        """
        s.route("/feeds/europe.atom", conditional(.init(headers: [("Content-Type", "application/atom+xml"), ("ETag", "\"eu1\"")], body: Array(atom.utf8))))
        // broken XML: an undeclared entity, an unescaped ampersand and a cut-off end
        s.serve("/feeds/broken.rss", .init(headers: [("Content-Type", "application/rss+xml")],
                                           body: Array("<rss><channel><title>Broken &nbsp; feed</title><item><title>Scholz & Xi</title><link>\(b)/a/scholz</link></item><item><title>cut".utf8)))
        s.serve("/feeds/missing.rss", .text("no feed", status: 404))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let opml = dir.appendingPathComponent("feeds.opml")
        try Data("""
        <?xml version="1.0"?><opml version="2.0"><head><title>Test feeds</title></head><body>
        <outline text="World" type="rss" xmlUrl="\(b)/feeds/world.rss"/><outline text="Europe" type="rss" xmlUrl="\(b)/feeds/europe.atom"/>
        <outline text="Broken" type="rss" xmlUrl="\(b)/feeds/broken.rss"/><outline text="Missing" type="rss" xmlUrl="\(b)/feeds/missing.rss"/>
        </body></opml>
        """.utf8).write(to: opml)
        return (s, opml.path)
    }

    static func fetcher() -> Fetcher {
        var o = Fetcher.Options()
        o.timeout = .seconds(4)
        o.attempts = 2
        o.backoff = .milliseconds(20)
        o.perHostInterval = .zero
        o.perHostConcurrency = 4
        return Fetcher(options: o)
    }

    @Test("watch --once over an OPML file ingests every article once with the right text, title and date; every failure is logged; a restart fetches nothing twice")
    func endToEnd() async throws {
        let (server, opml) = try Self.newsSite()
        defer { server.shutdown() }
        let storePath = FileManager.default.temporaryDirectory.appendingPathComponent("parley-watch-\(UUID().uuidString).sqlite").path
        let (feeds, sourceErrors) = SourceList.feeds(from: [opml])
        #expect(sourceErrors.isEmpty && feeds.count == 4)

        // first run
        let store = try SQLiteEventStore(path: storePath)
        let fetcher = Self.fetcher()
        let reporter = Collector()
        let watcher = FeedWatcher(store: store, fetcher: fetcher, extractor: Self.extractor, reporter: reporter)
        let statuses = await watcher.run(feeds: feeds, once: true)
        try await fetcher.shutdown()

        let world = try #require(statuses.first { $0.url.hasSuffix("world.rss") })
        #expect(world.new + world.duplicates == 5 && world.failed == 5, "\(world)")
        let europe = try #require(statuses.first { $0.url.hasSuffix("europe.atom") })
        // /a/biden-xi is in both feeds: one stores it, the other records a duplicate (whichever polls first)
        #expect(europe.new + europe.duplicates == 4 && europe.failed == 0, "\(europe)")
        #expect(world.duplicates + europe.duplicates == 1)
        #expect(statuses.first { $0.url.hasSuffix("broken.rss") }?.new == 1)
        #expect(statuses.first { $0.url.hasSuffix("missing.rss") }?.state.hasPrefix("failed") == true)

        // the right text, title and date, under the canonical address
        let cases: [(String, String)] = [("h01_xi-moscow-state-visit", "/a/xi-moscow"), ("h02_biden-xi-woodside", "/a/biden-xi"),
                                         ("h08_kim-putin-vostochny", "/a/kim"), ("h12_modi-kyiv-visit", "/a/modi-kyiv"),
                                         ("h03_modi-washington-state-visit", "/a/modi-washington"), ("h05_erdogan-putin-sochi", "/a/erdogan"),
                                         ("h21_macron-state-visit-germany", "/a/macron"), ("h14_scholz-beijing", "/a/scholz"),
                                         ("h16_modi-xi-kazan", "/a/big")]
        let stats = try await store.statistics()
        #expect(stats.documents == cases.count)
        for (name, path) in cases {
            let meta = Self.meta(name)
            let id = (meta["canonical"] as? String) ?? server.base + path
            let page = try #require(try await store.page(document: id), "\(name) not stored under \(id)")
            #expect(page.location == server.base + path)
            let doc = try DocumentReader().page(page.raw, id: id, location: page.location, contentType: page.contentType)
            #expect(doc.title == meta["title"] as? String, "\(name)")
            #expect(doc.date == meta["date"] as? String, "\(name)")
            #expect(doc.text == (meta["title"] as! String) + "\n\n" + Self.expected(name).trimmingCharacters(in: .newlines), "\(name)")
            #expect(server.count(path) == 1, "\(path) fetched \(server.count(path)) times")
        }
        // every failure has a log line with its code
        let log = reporter.log
        for (path, code) in [("/a/missing", "fetch.not-found"), ("/a/broken", "fetch.server-status"), ("/a/slow", "fetch.timeout"),
                             ("/a/cut", "fetch.network"), ("/a/binary", "input.binary")] {
            #expect(log.contains { $0.contains(path) && $0.contains(code) }, "no log line for \(path) with \(code):\n\(log.joined(separator: "\n"))")
        }
        #expect(log.contains { $0.contains("missing.rss") && $0.contains("fetch.not-found") })
        #expect(log.contains { $0.contains("broken.rss") && $0.contains("not well-formed") })
        try await store.close()

        // a restart: the store remembers; feeds answer 304; stored articles are not fetched again, failed ones are retried
        let requestsBefore = server.log.count
        let store2 = try SQLiteEventStore(path: storePath)
        let fetcher2 = Self.fetcher()
        let again = await FeedWatcher(store: store2, fetcher: fetcher2, extractor: Self.extractor, reporter: Collector()).run(feeds: feeds, once: true)
        try await fetcher2.shutdown()
        for (_, path) in cases { #expect(server.count(path) == 1, "\(path) fetched again") }
        #expect(server.count("/a/missing") == 2)
        #expect(again.first { $0.url.hasSuffix("world.rss") }?.state.hasPrefix("304") == true)
        #expect(again.first { $0.url.hasSuffix("world.rss") }?.new == 0)
        #expect(try await store2.statistics().documents == cases.count)
        #expect(server.log[requestsBefore...].contains { $0.path == "/feeds/world.rss" && $0.header("If-None-Match") != nil })
        try await store2.close()
    }

    @Test("without --once each feed is polled again after the interval, conditionally, until cancelled")
    func keepsWatching() async throws {
        let server = try LoopbackServer()
        defer { server.shutdown() }
        server.serve("/a/xi-moscow", .init(headers: [("Content-Type", "text/html")], body: Self.fixture("h01_xi-moscow-state-visit")))
        server.route("/feed.rss", Self.conditional(Self.rss("Only", [server.base + "/a/xi-moscow"])))
        let store = try SQLiteEventStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("parley-watch-\(UUID().uuidString).sqlite").path)
        let fetcher = Self.fetcher()
        var o = FeedWatcher.Options()
        o.interval = .milliseconds(400)
        let watcher = FeedWatcher(store: store, fetcher: fetcher, extractor: Self.extractor, options: o, reporter: Collector())
        let task = Task { await watcher.run(feeds: [server.base + "/feed.rss"], once: false) }
        let deadline = ContinuousClock.now + .seconds(60)
        while server.count("/feed.rss") < 3 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        task.cancel()
        let statuses = await task.value
        try await fetcher.shutdown()
        #expect(server.count("/feed.rss") >= 3)
        #expect(server.count("/a/xi-moscow") == 1)
        #expect(server.log.filter { $0.path == "/feed.rss" }.dropFirst().allSatisfy { $0.header("If-None-Match") != nil })
        #expect(statuses.first?.nextPoll != nil)
        try await store.close()
    }
}
