import Foundation
import Testing
import ParleyExtraction
import ParleyStore

/// Cross-article merging measured on `Tests/Fixtures/merging`: 35 articles written for this project about
/// 26 real events, each reported from two to four angles, with the expected clusters.
@Suite("Merge quality")
struct MergeQualityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/merging")

    /// One expected cluster: reports of one real event.
    struct GoldCluster: Decodable {
        var cluster: String
        var type: String
        var participants: [String]
        var date: [String]?
        var names: [String]?
        var docs: [String]
    }

    /// Pairwise precision and recall of merging over the gold reports that extraction found.
    struct PairwiseScore: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var found = 0, expected = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        var description: String {
            String(format: "pairwise precision %.3f, recall %.3f (TP %d, FP %d, FN %d; %d of %d gold reports extracted)",
                   precision, recall, truePositives, falsePositives, falseNegatives, found, expected)
        }
    }

    static func score(gold: [GoldCluster], mentions: [StoredMention]) -> PairwiseScore {
        var claimed = Set<String>()
        var items: [(gold: String, predicted: String)] = []
        var s = PairwiseScore()
        for g in gold {
            for doc in g.docs {
                s.expected += 1
                let match = mentions.first { m in
                    guard !claimed.contains(m.id), m.documentID == doc, m.event.type.rawValue == g.type,
                          m.event.codes == g.participants.sorted() else { return false }
                    if let r = g.date, r.count == 2, let d = m.event.date, d.end < r[0] || d.start > r[1] { return false }
                    if let names = g.names, !names.allSatisfy({ n in m.event.participants.contains { $0.name == n } }) { return false }
                    return true
                }
                guard let m = match else { continue }
                claimed.insert(m.id)
                items.append((g.cluster, m.eventID))
            }
        }
        s.found = items.count
        for i in items.indices {
            for j in items.indices where j > i {
                let sameGold = items[i].gold == items[j].gold, samePred = items[i].predicted == items[j].predicted
                if sameGold && samePred { s.truePositives += 1 }
                else if samePred { s.falsePositives += 1 }
                else if sameGold { s.falseNegatives += 1 }
            }
        }
        return s
    }

    static let extractor: Extractor = try! Extractor()

    @Test("merging the fixture articles reaches pairwise precision 0.95 and recall 0.85", arguments: Backend.available)
    func pairwise(_ backend: Backend) async throws {
        let gold = try String(contentsOf: Self.fixtures.appendingPathComponent("clusters.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONDecoder().decode(GoldCluster.self, from: Data($0.utf8)) }
        #expect(gold.count >= 10)
        #expect(Set(gold.flatMap(\.docs)).count >= 30)
        var docs: [InputDocument] = []
        DocumentReader().read([Self.fixtures.appendingPathComponent("articles").path], body: { docs.append($0) }, failure: { Issue.record("\($0)") })
        #expect(docs.count >= 30)
        let (store, _) = try await backend.makeStore()
        for d in docs {
            let r = Self.extractor.extract(d)
            try await store.ingest(StoredDocument(d, published: r.publicationDate, eventCount: r.events.count), events: r.events)
        }
        var mentions: [StoredMention] = []
        for e in try await store.events(matching: EventQuery()) {
            mentions += try #require(try await store.explanation(of: e.event.id)).mentions
        }
        let s = Self.score(gold: gold, mentions: mentions.sorted { $0.documentID < $1.documentID })
        print("merge quality (\(backend)): \(s)")
        #expect(s.precision >= 0.95)
        #expect(s.recall >= 0.85)
        #expect(s.found >= s.expected * 3 / 4)
        try await store.close()
    }

    @Test("pairwise scoring counts merged and split pairs")
    func scoringArithmetic() {
        func m(_ doc: String, _ ev: String) -> StoredMention {
            StoredMention(id: "m-\(doc)", documentID: doc, eventID: ev, event: Make.event(doc, date: ("2024-05-16", "2024-05-16")), window: nil, reason: "")
        }
        let gold = [GoldCluster(cluster: "A", type: "meeting", participants: ["RUS", "CHN"], date: nil, names: nil, docs: ["d1", "d2", "d3"]),
                    GoldCluster(cluster: "B", type: "meeting", participants: ["RUS", "CHN"], date: nil, names: nil, docs: ["d4"])]
        // d1, d2 merged; d3 split off; d4 wrongly merged with d1, d2
        let s = Self.score(gold: gold, mentions: [m("d1", "x"), m("d2", "x"), m("d3", "y"), m("d4", "x")])
        #expect(s.truePositives == 1 && s.falseNegatives == 2 && s.falsePositives == 2)
    }
}
