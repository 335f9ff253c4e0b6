import Foundation
import Testing
@testable import ParleyFeeds

@Suite("Feeds and OPML")
struct FeedParserTests {
    @Test("RSS 2.0 items give their guid, resolved link, title and date")
    func rss() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>World news</title>
        <item><title>Putin meets Xi</title><link>/2024/05/16/putin-xi</link><guid isPermaLink="false">urn:story:1</guid>
        <pubDate>Thu, 16 May 2024 08:00:00 GMT</pubDate></item>
        <item><title>No link</title></item>
        <item><title>Guid as link</title><guid>https://news.example/b</guid><dc:date>2024-05-17T10:00:00Z</dc:date></item>
        </channel></rss>
        """
        let f = try FeedParser.parse(Array(xml.utf8), url: "https://news.example/feed.xml")
        #expect(f.title == "World news" && f.wellFormed)
        #expect(f.items.map(\.link) == ["https://news.example/2024/05/16/putin-xi", "https://news.example/b"])
        #expect(f.items.map(\.key) == ["urn:story:1", "https://news.example/b"])
        #expect(f.items.map(\.published) == ["2024-05-16", "2024-05-17"])
    }

    @Test("Atom entries give their id, alternate link and published date")
    func atom() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Dispatch</title>
        <entry><id>tag:dispatch,2024:1</id><title>Modi in Kyiv</title><link rel="enclosure" href="/img.jpg"/>
        <link rel="alternate" href="https://dispatch.example/modi-kyiv/"/><published>2024-08-23T10:00:00+05:30</published></entry>
        </feed>
        """
        let f = try FeedParser.parse(Array(xml.utf8), url: "https://dispatch.example/atom")
        #expect(f.items == [FeedItem(key: "tag:dispatch,2024:1", link: "https://dispatch.example/modi-kyiv/", title: "Modi in Kyiv", published: "2024-08-23")])
    }

    @Test("RSS 1.0 (RDF) items are read")
    func rdf() throws {
        let xml = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel rdf:about="x"><title>Old</title></channel><item rdf:about="https://old.example/1"><title>One</title><link>https://old.example/1</link></item></rdf:RDF>
        """
        #expect(try FeedParser.parse(Array(xml.utf8), url: "https://old.example/rss").items.map(\.link) == ["https://old.example/1"])
    }

    @Test("broken XML gives the items libxml2 recovers and says the feed was not well-formed")
    func broken() throws {
        let xml = "<rss><channel><title>T &nbsp; x</title><item><title>A</title><link>https://n.example/a</link></item><item><title>B & C</title><link>https://n.example/b</link></item><item><title>cut"
        let f = try FeedParser.parse(Array(xml.utf8), url: "https://n.example/feed")
        #expect(!f.wellFormed)
        #expect(f.items.map(\.link).contains("https://n.example/a"))
    }

    @Test("a feed cut off at any point gives items or a FeedError, never a crash")
    func cutOff() {
        let xml = Array("""
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://n.example/a</link>
        <pubDate>Thu, 16 May 2024 08:00:00 GMT</pubDate></item><item><title>B</title><link>https://n.example/b</link></item></channel></rss>
        """.utf8)
        for cut in 0...xml.count {
            do { _ = try FeedParser.parse(Array(xml.prefix(cut)), url: "https://n.example/feed") } catch is FeedError {} catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test("not a feed, not XML, or empty: typed errors", arguments: [
        ("<html><body><p>page</p></body></html>", FeedError.Code.notAFeed), ("<svg></svg>", .notAFeed), ("", .empty),
        ("\u{1}\u{2}binary", .malformed),
    ] as [(String, FeedError.Code)])
    func notFeeds(_ text: String, _ code: FeedError.Code) {
        do {
            _ = try FeedParser.parse(Array(text.utf8), url: "https://x.example/f")
            Issue.record("expected \(code)")
        } catch let e as FeedError { #expect(e.code == code) } catch { Issue.record("\(error)") }
    }

    @Test("sources: addresses, OPML files and lists of addresses, with bad lines reported by line")
    func sources() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let opml = dir.appendingPathComponent("feeds.opml")
        try Data("""
        <?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head><body>
        <outline text="World"><outline type="rss" text="A" xmlUrl="https://a.example/rss"/><outline type="rss" text="B" xmlUrl="https://b.example/atom"/></outline>
        </body></opml>
        """.utf8).write(to: opml)
        let list = dir.appendingPathComponent("feeds.txt")
        try Data("# my feeds\nhttps://c.example/feed\n\nnot a url\nhttps://a.example/rss\n".utf8).write(to: list)
        let (feeds, errors) = SourceList.feeds(from: [opml.path, list.path, "https://d.example/rss", dir.appendingPathComponent("missing").path])
        #expect(feeds == ["https://a.example/rss", "https://b.example/atom", "https://c.example/feed", "https://d.example/rss"])
        #expect(errors.map(\.code) == [.badSource, .unreadable])
        #expect(errors[0].place == list.path + ":4")
    }
}
