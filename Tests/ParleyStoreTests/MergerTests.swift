import Testing
import ParleyExtraction
import ParleyStore

/// The cross-article merger on its own, without a database.
@Suite("Cross-article merger")
struct MergerTests {
    let merger = CrossArticleMerger()

    func cluster(_ e: Event, published: String = "2024-05-20") -> EventCluster {
        let m = StoredMention(id: e.id, documentID: e.evidence[0].doc, eventID: "ev-1", event: e, window: merger.window(e, published: published), reason: "")
        return merger.start(m)
    }

    @Test("the key holds the type, the sorted codes and, for directed types, the source side")
    func key() {
        #expect(merger.key(Make.event("a", .meeting, ["RUS", "CHN"])) == "meeting|CHN,RUS")
        #expect(merger.key(Make.event("a", .visit, ["IND", "RUS"])) == "visit|IND,RUS|IND")
        #expect(merger.key(Make.event("a", .visit, ["RUS", "IND"])) == "visit|IND,RUS|RUS")
    }

    @Test("an undated report gets a window: a week before publication, or two months after when planned")
    func windows() {
        #expect(merger.window(Make.event("a"), published: "2024-05-20") == DayWindow(start: "2024-05-13", end: "2024-05-20"))
        #expect(merger.window(Make.event("a", status: .planned), published: "2024-05-20") == DayWindow(start: "2024-05-20", end: "2024-07-19"))
        #expect(merger.window(Make.event("a"), published: nil) == nil)
        #expect(merger.window(Make.event("a", date: ("2024-02-28", "2024-03-01")), published: nil) == DayWindow(start: "2024-02-28", end: "2024-03-01"))
    }

    @Test("day ranges compare with a day of tolerance", arguments: [
        ("2024-05-16", "2024-05-16", "2024-05-13", "2024-05-19", true),
        ("2024-05-16", "2024-05-16", "2024-05-17", "2024-05-17", true),
        ("2024-05-16", "2024-05-16", "2024-05-18", "2024-05-18", false),
        ("2024-12-31", "2024-12-31", "2025-01-01", "2025-01-01", true),
        ("2024-05-16", "2024-05-16", "2024-07-03", "2024-07-03", false),
    ])
    func dates(_ a: String, _ b: String, _ c: String, _ d: String, _ merges: Bool) {
        let existing = cluster(Make.event("a", date: (a, b)))
        let report = Make.event("b", date: (c, d))
        let decision = merger.compare(report, window: merger.window(report, published: nil), with: existing)
        if case .merge = decision { #expect(merges) } else { #expect(!merges) }
    }

    @Test("the best of several compatible events is the one with the same day and place")
    func bestMatch() throws {
        let week = cluster(Make.event("a", date: ("2024-05-13", "2024-05-19")))
        var exact = cluster(Make.event("b", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN")))
        exact.event.id = "ev-2"
        let report = Make.event("c", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN"))
        let (best, reason) = try #require(merger.bestMatch(report, window: merger.window(report, published: nil), among: [week, exact]))
        #expect(best.id == "ev-2")
        #expect(reason.contains("same date 2024-05-16") && reason.contains("same place Beijing"))
    }

    @Test("merging keeps every source's evidence, the tightest date and the names each report adds")
    func add() {
        let a = Make.event("a", date: ("2024-05-13", "2024-05-19"), names: ["RUS": "Vladimir Putin"])
        let b = Make.event("b", date: ("2024-05-16", "2024-05-16"), location: ("Beijing", "CHN"), names: ["CHN": "Xi Jinping"])
        let c = merger.add(StoredMention(id: b.id, documentID: "b", eventID: "ev-1", event: b, window: nil, reason: ""), to: cluster(a))
        #expect(c.sourceCount == 2 && c.documents == ["a", "b"])
        #expect(c.event.evidence.count == 2)
        #expect(c.event.date?.start == "2024-05-16" && c.event.date?.end == "2024-05-16")
        #expect(c.event.location?.name == "Beijing")
        #expect(Set(c.event.participants.compactMap(\.name)) == ["Vladimir Putin", "Xi Jinping"])
        #expect(c.window == DayWindow(start: "2024-05-16", end: "2024-05-16"))
    }

    @Test("calendar arithmetic crosses months, leap days and years")
    func calendar() {
        #expect(DayWindow(start: "2024-02-28", end: "2024-03-01").length == 3)
        #expect(DayWindow(start: "2023-12-31", end: "2023-12-31").widened(by: 1) == DayWindow(start: "2023-12-30", end: "2024-01-01"))
    }
}
