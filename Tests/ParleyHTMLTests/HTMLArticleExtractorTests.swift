import Foundation
import Testing
@testable import ParleyHTML

@Suite("HTML article extractor")
struct HTMLArticleExtractorTests {
    static let fixtureRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let fixtures = fixtureRoot.appendingPathComponent("html")
    /// Pages as "DIR/NAME": the tuning set (html) and the held-out set (html-heldout).
    static let pages: [String] = ["html", "html-heldout"].flatMap { dir in
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtureRoot.appendingPathComponent(dir).path)) ?? [])
            .filter { $0.hasSuffix(".html") }.map { dir + "/" + String($0.dropLast(5)) }
    }.sorted()

    /// Lower-cased word tokens as a multiset.
    static func tokens(_ s: String) -> [String: Int] {
        var out: [String: Int] = [:]
        var cur = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber { cur.append(ch) } else if !cur.isEmpty { out[cur, default: 0] += 1; cur = "" }
        }
        if !cur.isEmpty { out[cur, default: 0] += 1 }
        return out
    }

    static func f1(_ got: String, _ want: String) -> (p: Double, r: Double, f: Double) {
        let a = tokens(got), b = tokens(want)
        let overlap = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        let p = Double(overlap) / Double(max(a.values.reduce(0, +), 1)), r = Double(overlap) / Double(max(b.values.reduce(0, +), 1))
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    @Test("there are at least 20 fixture pages")
    func enoughPages() { #expect(Self.pages.filter { $0.hasPrefix("html/") }.count >= 20) }

    @Test("each fixture page's main text matches the expected text (token F1 ≥ 0.9)", arguments: pages)
    func mainText(_ name: String) throws {
        let raw = try Data(contentsOf: Self.fixtureRoot.appendingPathComponent(name + ".html"))
        let expected = try String(contentsOf: Self.fixtureRoot.appendingPathComponent(name + ".expected.txt"), encoding: .utf8)
        let a = try HTMLArticleExtractor().extract([UInt8](raw))
        let s = Self.f1(a.body, expected)
        #expect(s.f >= 0.9, "\(name): P \(s.p) R \(s.r)\n\(a.body)")
    }

    @Test("each fixture page's title, date, canonical address and site name are read", arguments: pages)
    func metadata(_ name: String) throws {
        let raw = try Data(contentsOf: Self.fixtureRoot.appendingPathComponent(name + ".html"))
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtureRoot.appendingPathComponent(name + ".meta.json"))) as! [String: Any]
        let a = try HTMLArticleExtractor().extract([UInt8](raw))
        #expect(a.title == meta["title"] as? String)
        #expect(a.date == meta["date"] as? String)
        #expect(a.canonicalURL == meta["canonical"] as? String)
        #expect(a.siteName == meta["site"] as? String)
    }

    @Test("the document text is the headline, a blank line, then the body")
    func documentText() throws {
        let a = try HTMLArticleExtractor().extract(Array("<title>Talks</title><body><article><p>Putin met Xi in Beijing on Thursday, officials said.</p></article></body>".utf8))
        #expect(a.text == "Talks\n\nPutin met Xi in Beijing on Thursday, officials said.")
    }

    @Test("dates come from JSON-LD before meta tags, and from meta tags before <time>")
    func datePriority() throws {
        let page = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
        {"@type":"NewsArticle","headline":"H","datePublished":"2024-05-16T08:00:00+08:00"}]}</script>
        <meta property="article:published_time" content="2024-05-15"></head>
        <body><time datetime="2024-05-14">May 14</time><p>Putin and Xi met in Beijing, the Kremlin said, and signed a statement.</p></body></html>
        """
        let a = try HTMLArticleExtractor().extract(Array(page.utf8))
        #expect(a.date == "2024-05-16" && a.dateSource == "json-ld")
        let b = try HTMLArticleExtractor().extract(Array(page.replacingOccurrences(of: "\"datePublished\":\"2024-05-16T08:00:00+08:00\"", with: "\"x\":1").utf8))
        #expect(b.date == "2024-05-15" && b.dateSource == "meta")
        let c = try HTMLArticleExtractor().extract(Array(page.replacingOccurrences(of: "\"datePublished\":\"2024-05-16T08:00:00+08:00\"", with: "\"x\":1")
            .replacingOccurrences(of: "article:published_time", with: "x").utf8))
        #expect(c.date == "2024-05-14" && c.dateSource == "time")
    }

    @Test("without a date in the markup, the rules of EVENTS.md date the page (dateline, then address)")
    func dateFromText() throws {
        let a = try HTMLArticleExtractor().extract(Array("<p>MOSCOW, July 5, 2024 - Orban met Putin in the Kremlin on Friday.</p>".utf8))
        #expect(a.date == "2024-07-05" && a.dateSource == "dateline")
        let b = try HTMLArticleExtractor().extract(Array("<p>Orban met Putin in the Kremlin on Friday, officials said.</p>".utf8),
                                                   url: "https://news.example/2024/07/05/orban-putin")
        #expect(b.date == "2024-07-05" && b.dateSource == "url")
    }

    @Test("a relative canonical link resolves against the page's address")
    func relativeCanonical() throws {
        let a = try HTMLArticleExtractor().extract(Array("<link rel=canonical href=\"/a/b\"><p>Text of the article, long enough.</p>".utf8),
                                                   url: "https://news.example/x/y?z=1")
        #expect(a.canonicalURL == "https://news.example/a/b")
    }

    static let badPages: [String: ([UInt8], HTMLError.Code)] = [
        "no bytes": ([], .empty), "whitespace": (Array("  \n ".utf8), .empty), "a PNG": ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], .binary),
        "NUL bytes": (Array("<p>a</p>".utf8) + [0, 0, 0], .binary), "over the limit": ([UInt8](repeating: 0x41, count: 2048), .tooLarge),
        "broken gzip": ([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7], .badCompression),
        "no text": (Array("<html><body><div></div></body></html>".utf8), .noText),
    ]

    @Test("empty, binary, oversized and textless pages are typed errors", arguments: badPages.keys.sorted())
    func badInput(_ name: String) {
        let (bytes, code) = Self.badPages[name]!
        do {
            _ = try HTMLArticleExtractor(maxBytes: 1024).extract(bytes)
            Issue.record("expected \(code)")
        } catch let e as HTMLError {
            #expect(e.code == code)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("a gzip-compressed page is inflated before parsing")
    func gzipPage() throws {
        let page = Array("<html><body><article><p>Modi and Zelensky met in Kyiv on Friday, the first such visit.</p></article></body></html>".utf8)
        let a = try HTMLArticleExtractor().extract(Gzip.compress(page))
        #expect(a.body.contains("Modi and Zelensky met in Kyiv"))
    }

    @Test("generated class names spell no furniture words by chance", arguments: [
        ("sc-77igqf-0 bOfvBY", false), ("css-1ck9wyi", false), ("ssrcss-11r1m41-RichTextComponentWrapper", false),
        ("share-bar", true), ("relatedLinks", true), ("story_by", true), ("article-body", false),
    ])
    func generatedClasses(_ value: String, _ furniture: Bool) {
        #expect((ClassHints.weight(classAndID: value) < 0) == furniture)
    }

    @Test("a 20 MB page (4 MB of paragraphs in 16 MB of inline script) is read without crashing, within seconds")
    func hugePage() throws {
        var page = "<html><head><title>Big</title><script>var state = \""
        page += String(repeating: "z", count: 16 << 20)
        page += "\";</script></head><body><article>"
        let para = "<p>Delegations met in Geneva for a further round of talks on prisoner exchanges, officials said on Monday.</p>\n"
        page.reserveCapacity(21 << 20)
        while page.utf8.count < 20 << 20 { page += para }
        page += "</article></body></html>"
        let start = ContinuousClock.now
        let a = try HTMLArticleExtractor().extract(Array(page.utf8))
        #expect(a.body.utf8.count > 2 << 20)
        #expect(!a.body.contains("zzz"))
        #expect(ContinuousClock.now - start < .seconds(60))
    }

    @Test("cut-off and scrambled pages give a result or an HTMLError, never a crash", arguments: pages)
    func damaged(_ name: String) throws {
        let raw = [UInt8](try Data(contentsOf: Self.fixtureRoot.appendingPathComponent(name + ".html")))
        var rng = SystemRandomNumberGenerator()
        for cut in [1, 7, raw.count / 3, raw.count / 2, raw.count - 5] {
            _ = try? HTMLArticleExtractor().extract(Array(raw.prefix(cut)))
        }
        for _ in 0..<5 {
            var s = raw
            for _ in 0..<50 { s[Int.random(in: 0..<s.count, using: &rng)] = UInt8.random(in: 1...255, using: &rng) }
            do { _ = try HTMLArticleExtractor().extract(s) } catch is HTMLError {}
        }
        do { _ = try HTMLArticleExtractor().extract(Gzip.compress(raw).dropLast(40).map { $0 }) } catch is HTMLError {}
    }

    @Test("deeply nested markup does not overflow the stack")
    func deepNesting() throws {
        let page = String(repeating: "<div>", count: 20_000) + "<p>Talks went on late into the night in the capital, officials said.</p>" + String(repeating: "</div>", count: 20_000)
        let a = try HTMLArticleExtractor().extract(Array(page.utf8))
        _ = a.body
    }
}
