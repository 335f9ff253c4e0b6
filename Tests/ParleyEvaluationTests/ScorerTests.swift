import Testing
@testable import ParleyEvaluation

@Suite("Scorer")
struct ScorerTests {
    let gold = """
    {"doc": "d1", "date": "2024-07-10", "events": [{"type": "meeting", "status": "occurred", "participants": ["RUS", "CHN"], "source": null, "date": {"start": "2024-07-08", "end": "2024-07-08"}}, {"type": "visit", "status": "occurred", "participants": ["IND", "RUS"], "source": ["IND"], "date": null}]}
    {"doc": "d2", "date": null, "events": []}
    """

    func pred(_ type: String, _ codes: [(String, String?)], doc: String = "d1", status: String = "occurred", date: String? = nil) -> String {
        let parts = codes.map { "{\"code\": \"\($0.0)\", \"side\": \($0.1.map { "\"\($0)\"" } ?? "null")}" }.joined(separator: ", ")
        let d = date.map { "{\"start\": \"\($0)\", \"end\": \"\($0)\", \"text\": \"x\"}" } ?? "null"
        return "{\"type\": \"\(type)\", \"status\": \"\(status)\", \"participants\": [\(parts)], \"date\": \(d), \"evidence\": [{\"doc\": \"\(doc)\"}]}"
    }

    @Test("a perfect prediction scores 1 in both modes")
    func perfect() throws {
        let s = Scorer()
        let preds = try s.loadPredictions([pred("meeting", [("RUS", nil), ("CHN", nil)], date: "2024-07-08"),
                                           pred("visit", [("IND", "source"), ("RUS", "target")])].joined(separator: "\n"))
        let (r, st) = s.score(gold: try s.loadGold(gold), predictions: preds)
        #expect(r.overall.f1 == 1 && st.overall.f1 == 1)
    }

    @Test("a date outside the gold range or a wrong source fails strict but not relaxed")
    func strictness() throws {
        let s = Scorer()
        let preds = try s.loadPredictions([pred("meeting", [("RUS", nil), ("CHN", nil)], date: "2024-07-01"),
                                           pred("visit", [("IND", "target"), ("RUS", "source")])].joined(separator: "\n"))
        let (r, st) = s.score(gold: try s.loadGold(gold), predictions: preds)
        #expect(r.overall.tp == 2)
        #expect(st.overall.tp == 0 && st.overall.fp == 2 && st.overall.fn == 2)
    }

    @Test("predictions on a gold document without events are false positives")
    func emptyDoc() throws {
        let s = Scorer()
        let (r, _) = s.score(gold: try s.loadGold(gold), predictions: try s.loadPredictions(pred("call", [("USA", nil), ("CHN", nil)], doc: "d2")))
        #expect(r.overall.fp == 1 && r.byType["call"]?.fp == 1)
    }

    @Test("pairs one to one: two identical predictions match one gold event")
    func oneToOne() throws {
        let s = Scorer()
        let p = pred("meeting", [("RUS", nil), ("CHN", nil)], date: "2024-07-08")
        let (r, _) = s.score(gold: try s.loadGold(gold), predictions: try s.loadPredictions(p + "\n" + p))
        #expect(r.byType["meeting"]?.tp == 1 && r.byType["meeting"]?.fp == 1)
    }
}
