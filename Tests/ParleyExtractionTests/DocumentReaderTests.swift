import Foundation
import Testing
@testable import ParleyExtraction

@Suite("Document reader")
struct DocumentReaderTests {
    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    func read(_ paths: [String]) -> ([InputDocument], [InputError]) {
        var docs: [InputDocument] = [], errors: [InputError] = []
        DocumentReader().read(paths, body: { docs.append($0) }, failure: { errors.append($0) })
        return (docs, errors)
    }

    @Test("bad files are reported by name and code while good ones are still read")
    func badFiles() throws {
        let d = try tempDir()
        try Data("Putin met Xi.".utf8).write(to: d.appendingPathComponent("good.txt"))
        try Data([0x50, 0xFF, 0xFE, 0x41]).write(to: d.appendingPathComponent("latin.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: d.appendingPathComponent("blob.txt"))
        try Data().write(to: d.appendingPathComponent("empty.txt"))
        let (docs, errors) = read([d.path, d.appendingPathComponent("missing.txt").path])
        #expect(docs.map(\.id) == ["good"])
        #expect(Set(errors.map(\.code)) == [.invalidUTF8, .binary, .empty, .missingPath])
        #expect(errors.first { $0.code == .invalidUTF8 }!.place.hasSuffix("latin.txt"))
    }

    @Test("malformed JSON Lines records are reported with their line; the rest are read")
    func jsonLines() throws {
        let d = try tempDir()
        let f = d.appendingPathComponent("batch.jsonl")
        try Data("""
        {"id": "a", "text": "Putin met Xi.", "date": "2024-05-16", "url": "https://x.org/a"}
        {not json}
        {"id": "c"}

        {"id": "d", "text": "Modi flew to Moscow."}
        """.utf8).write(to: f)
        let (docs, errors) = read([f.path])
        #expect(docs.map(\.id) == ["a", "d"])
        #expect(docs[0].date == "2024-05-16" && docs[0].url == "https://x.org/a")
        #expect(errors.map(\.place) == ["\(f.path):2", "\(f.path):3"])
        #expect(errors.map(\.code) == [.malformedJSON, .missingField])
    }

    @Test("a .txt document's id is its file name without the extension")
    func ids() throws {
        let d = try tempDir()
        try Data("text".utf8).write(to: d.appendingPathComponent("000_abc.txt"))
        #expect(read([d.appendingPathComponent("000_abc.txt").path]).0.first?.id == "000_abc")
    }

    @Test("HTML pages in a directory are read as headline and main text, with their date, address and raw bytes")
    func htmlPages() throws {
        let d = try tempDir()
        let page = """
        <html><head><title>Modi in Kyiv | Dispatch</title><meta property="og:title" content="Modi meets Zelensky in Kyiv">
        <meta property="article:published_time" content="2024-08-23T10:00:00Z"><link rel="canonical" href="https://dispatch.example/modi-kyiv/">
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><p>Prime Minister Narendra Modi held talks with
        President Volodymyr Zelensky in Kyiv on Friday, the first visit by an Indian prime minister.</p></article>
        <footer>Copyright 2024 Dispatch. All rights reserved.</footer></body></html>
        """
        try Data(page.utf8).write(to: d.appendingPathComponent("modi.html"))
        try Data("<html><body></body></html>".utf8).write(to: d.appendingPathComponent("blank.htm"))
        let (docs, errors) = read([d.path])
        #expect(docs.map(\.id) == ["modi"])
        let doc = try #require(docs.first)
        #expect(doc.text.hasPrefix("Modi meets Zelensky in Kyiv\n\nPrime Minister Narendra Modi held talks"))
        #expect(!doc.text.contains("Copyright") && !doc.text.contains("World"))
        #expect(doc.date == "2024-08-23")
        #expect(doc.url == "https://dispatch.example/modi-kyiv/")
        #expect(doc.page?.raw == Array(page.utf8))
        #expect(errors.map(\.code) == [.badPage])
        #expect(errors.first?.place.hasSuffix("blank.htm") == true)
    }

    @Test("the fixture pages give events with evidence that points into the extracted text")
    func htmlEvidence() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/html")
        let (docs, errors) = read([fixtures.appendingPathComponent("h12_modi-kyiv-visit.html").path])
        #expect(errors.isEmpty)
        let doc = try #require(docs.first)
        let result = try Extractor().extract(doc)
        #expect(result.publicationDate == "2024-08-23")
        #expect(!result.events.isEmpty)
        let scalars = Array(doc.text.unicodeScalars)
        for e in result.events {
            for ev in e.evidence {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[ev.start..<ev.end])
                #expect(String(s) == ev.text)
            }
        }
    }
}
