import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ParleyExtraction
import ParleyStore

/// The export formats: JSON Lines as EVENTS.md, CSV (RFC 4180), GraphML and GEXF (valid XML), CAMEO TSV.
@Suite("Exporters")
struct ExporterTests {
    static let tricky = "Putin said \"no\", then <left> & went home;\nnext line"
    static let events: [StoredEvent] = [
        StoredEvent(event: Make.event("d1", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN"),
                                      names: ["RUS": "Vladimir Putin", "CHN": "Xi Jinping"], sentence: tricky), sourceCount: 3),
        StoredEvent(event: Make.event("d2", .visit, ["IND", "RUS"], date: ("2024-07-08", "2024-07-09"), location: ("Moscow", "RUS")), sourceCount: 2),
        StoredEvent(event: Make.event("d3", .meeting, ["DEU", "FRA", "POL"], date: ("2024-06-01", "2024-06-01")), sourceCount: 1),
        StoredEvent(event: Make.event("d4", .demand, ["TUR", "RUS"], status: .planned), sourceCount: 1),
    ]

    @Test("JSON Lines export is EVENTS.md's line per event and decodes back to the same events")
    func jsonl() throws {
        let text = EventExporter.export(Self.events, as: .jsonl)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("{\"id\": "))
        for (line, s) in zip(lines, Self.events) { #expect(try EventJSON.decode(String(line)) == s.event) }
    }

    /// Splits RFC 4180 text into records of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let n = text.index(after: i)
                    if n < text.endIndex && text[n] == "\"" { field.append("\""); i = n } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { record.append(field); records.append(record); record = []; field = "" }
            else { field.append(c) }
            i = text.index(after: i)
        }
        return records
    }

    @Test("CSV quotes commas, quotes and line breaks as RFC 4180 requires")
    func csv() {
        let text = EventExporter.export(Self.events, as: .csv)
        #expect(text.hasSuffix("\r\n"))
        let rows = Self.parseCSV(text)
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == CSVExporter.header.count })
        let evidence = CSVExporter.header.firstIndex(of: "evidence")!
        #expect(rows[1][evidence] == Self.tricky)
        #expect(rows[1][CSVExporter.header.firstIndex(of: "source_count")!] == "3")
        #expect(CSVExporter.field("a,b") == "\"a,b\"" && CSVExporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"" && CSVExporter.field("plain") == "plain")
    }

    /// Parses XML, returning the element names seen, or nil when the text is not well-formed.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var attributes: [[String: String]] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if name == "edge" { self.attributes.append(attributes) }
        }
    }

    static func parseXML(_ text: String) -> Collector? {
        let parser = XMLParser(data: Data(text.utf8))
        let c = Collector()
        parser.delegate = c
        return parser.parse() ? c : nil
    }

    @Test("GraphML is well-formed, with a node per state or organisation and a weighted, dated edge per pair")
    func graphML() throws {
        let text = EventExporter.export(Self.events, as: .graphml)
        let c = try #require(Self.parseXML(text), "GraphML is not well-formed XML")
        #expect(c.elements["node"] == 7)   // CHN RUS IND DEU FRA POL TUR
        #expect(c.elements["edge"] == 1 + 1 + 3 + 1)
        #expect(text.contains("<data key=\"weight\">3</data>"))
        #expect(text.contains("<data key=\"start\">2024-07-08</data><data key=\"end\">2024-07-09</data>"))
        #expect(text.contains("source=\"IND\" target=\"RUS\" directed=\"true\""))
    }

    @Test("GEXF is well-formed, with weighted, dated edges for Gephi")
    func gexf() throws {
        let text = EventExporter.export(Self.events, as: .gexf)
        let c = try #require(Self.parseXML(text), "GEXF is not well-formed XML")
        #expect(c.elements["gexf"] == 1)
        #expect(c.elements["node"] == 7)
        let first = try #require(c.attributes.first)
        #expect(first["weight"] == "3" && first["start"] == "2024-05-16" && first["end"] == "2024-05-16")
        #expect(GraphExporter.xml("a<b & \"c\"\u{1}") == "a&lt;b &amp; &quot;c&quot;")
    }

    @Test("CAMEO TSV codes each type, with host rows for visits, and leaves planned events out")
    func cameo() {
        let text = EventExporter.export(Self.events, as: .cameo)
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0] == CAMEOExporter.header)
        #expect(rows.dropFirst().allSatisfy { $0.count == CAMEOExporter.header.count })
        let codes = rows.dropFirst().map { $0[7] }
        #expect(codes == ["040", "042", "043", "040", "040", "040"])
        #expect(rows[1][1] == "20240516" && rows[1][12] == "3")
        #expect(rows[2][2] == "IND" && rows[2][4] == "RUS" && rows[3][2] == "RUS")
        #expect(CAMEOExporter.code(.agreement).code == "057" && CAMEOExporter.code(.call).code == "041"
                && CAMEOExporter.code(.invitation).code == "036" && CAMEOExporter.code(.message).code == "051"
                && CAMEOExporter.code(.demand).code == "100")
    }
}
