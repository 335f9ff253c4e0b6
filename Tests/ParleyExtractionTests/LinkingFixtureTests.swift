import Foundation
import Testing
import ParleyKnowledge
@testable import ParleyExtraction

/// One case of `Tests/Fixtures/linking/sentences.tsv`: a sentence and the links it must produce.
struct LinkingCase: CustomTestStringConvertible, Sendable {
    struct Link: Sendable { var surface: String; var code: String; var name: String?; var role: String? }
    var id: String
    var date: String
    var text: String
    var links: [Link]
    var testDescription: String { id }

    static func load() -> [LinkingCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/linking/sentences.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line -> LinkingCase? in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4 else { return nil }
            let links = f[3].components(separatedBy: " ; ").map { item -> Link in
                let parts = item.components(separatedBy: " => ")
                var words = parts[1].split(separator: " ").map(String.init)
                let code = words.removeFirst()
                var role: String? = nil
                if let last = words.last, Role(rawValue: last) != nil { role = last; words.removeLast() }
                return Link(surface: parts[0], code: code, name: words.isEmpty ? nil : words.joined(separator: " "), role: role)
            }
            return LinkingCase(id: f[0], date: f[1], text: f[2], links: links)
        }
    }
}

@Suite("Linking officials by name, surname, role and date")
struct LinkingFixtureTests {
    @Test("the fixture has at least 60 sentences from every continent")
    func fixtureSize() {
        let cases = LinkingCase.load()
        #expect(cases.count >= 60)
        for prefix in ["af", "am", "as", "me", "eu", "oc"] { #expect(cases.contains { $0.id.hasPrefix(prefix) }, "no \(prefix) cases") }
    }

    @Test("every mention links to the right actor", arguments: LinkingCase.load())
    func links(_ c: LinkingCase) {
        let mentions = sharedExtractor.linkedMentions(.init(id: c.id, text: c.text, date: c.date))
        for link in c.links {
            let found = mentions.filter { $0.text.contains(link.surface) }
            #expect(!found.isEmpty, "\(c.id): no mention of \"\(link.surface)\"")
            guard !found.isEmpty else { continue }
            let right = found.contains { m in
                m.code == link.code && (link.name == nil || m.name == link.name) && (link.role == nil || m.role?.rawValue == link.role)
            }
            #expect(right, "\(c.id): \"\(link.surface)\" linked to \(found.map { "\($0.code) \($0.name ?? "-") \($0.role?.rawValue ?? "-")" })")
        }
    }
}
