import Foundation
import Testing
import ParleyExtraction
import ParleyStore

/// The pages and feed state of issue 6, run against SQLite and (when `PARLEY_TEST_POSTGRES_URL` is set) PostgreSQL.
@Suite("Source store conformance")
struct SourceStoreConformanceTests {
    static func pageDocument(_ id: String, text: String, raw: [UInt8]) -> StoredDocument {
        var d = Make.document(id, text: text, events: 0)
        d.page = StoredPage(raw: raw, location: "https://news.example/\(id)", canonicalURL: "https://news.example/\(id)/", siteName: "News",
                            contentType: "text/html; charset=windows-1251", charset: "WINDOWS-1251 (header)", dateSource: "meta")
        return d
    }

    @Test("a document read from a web page keeps the raw page, byte for byte", arguments: Backend.available)
    func keepsRawPage(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        let raw: [UInt8] = Array("<html><body><p>".utf8) + [0xCF, 0xF3, 0xF2, 0xE8, 0xED] + Array("</p></body></html>".utf8) + [0x00, 0xFF]
        #expect(try await store.ingest(Self.pageDocument("p1", text: "Putin met Xi.", raw: raw), events: []) == .added(events: 0))
        let page = try #require(try await store.page(document: "p1"))
        #expect(page.raw == raw)
        #expect(page.location == "https://news.example/p1")
        #expect(page.canonicalURL == "https://news.example/p1/")
        #expect(page.charset == "WINDOWS-1251 (header)")
        #expect(try await store.page(document: "nope") == nil)
        try await store.close()
    }

    @Test("a changed page replaces the stored page with its document", arguments: Backend.available)
    func replacesPage(_ backend: Backend) async throws {
        let (store, _) = try await backend.makeStore()
        try await store.ingest(Self.pageDocument("p1", text: "First text.", raw: Array("one".utf8)), events: [])
        #expect(try await store.ingest(Self.pageDocument("p1", text: "Second text.", raw: Array("two".utf8)), events: []) == .replaced(events: 0))
        #expect(try await store.page(document: "p1")?.raw == Array("two".utf8))
        try await store.close()
    }

    @Test("feed validators and items survive reopening the store", arguments: Backend.available)
    func feedState(_ backend: Backend) async throws {
        let (store, location) = try await backend.makeStore()
        #expect(try await store.feed("https://news.example/feed.xml") == nil)
        var f = FeedState(url: "https://news.example/feed.xml", title: "News", etag: "\"abc\"", lastModified: "Tue, 09 Jul 2024 10:00:00 GMT",
                          lastPolledAt: "2024-07-09T10:00:00Z", lastStatus: "200", consecutiveFailures: 0)
        try await store.saveFeed(f)
        f.etag = "\"def\""; f.lastStatus = "304"
        try await store.saveFeed(f)
        try await store.saveItem(FeedItemRecord(feedURL: f.url, key: "guid-1", link: "https://news.example/a", state: .failed, attempts: 1,
                                                lastError: "HTTP 500", updatedAt: "2024-07-09T10:00:01Z"))
        try await store.saveItem(FeedItemRecord(feedURL: f.url, key: "guid-1", link: "https://news.example/a", state: .ingested, documentID: "d1",
                                                attempts: 2, updatedAt: "2024-07-09T10:05:00Z"))
        try await store.saveItem(FeedItemRecord(feedURL: f.url, key: "guid-2", link: "https://news.example/b", state: .failed, attempts: 1,
                                                lastError: "timed out", updatedAt: "2024-07-09T10:05:01Z"))
        try await store.close()
        let again = try await backend.reopen(location)
        #expect(try await again.feed(f.url) == f)
        let items = try await again.feedItems(f.url)
        #expect(items.map(\.key) == ["guid-1", "guid-2"])
        #expect(items[0].state == .ingested && items[0].attempts == 2 && items[0].documentID == "d1")
        #expect(try await again.item(link: "https://news.example/b")?.lastError == "timed out")
        #expect(try await again.item(link: "https://news.example/zzz") == nil)
        try await again.close()
    }
}
