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
}
