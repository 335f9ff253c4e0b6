import Foundation

/// Scores predicted events against gold annotations exactly as `shared/tools/score.py` does:
/// relaxed (type and participant codes) and strict (plus status, source codes for directed types and the
/// date inside the gold range), one-to-one pairing, micro-averaged over documents, overall and per type.
public struct Scorer: Sendable {
    /// Precision, recall and F1 with their counts.
    public struct Score: Sendable, Hashable {
        public var tp = 0, fp = 0, fn = 0
        public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }
    /// The scores of one matching mode.
    public struct Report: Sendable {
        public var overall = Score()
        public var byType: [String: Score] = [:]
    }
    /// A gold or predicted event reduced to what scoring reads.
    public struct Item: Sendable {
        public var type: String
        public var status: String
        public var codes: Set<String>
        public var sources: Set<String>
        public var start: String?
        public var end: String?
        public var docs: Set<String>
    }

    static let directed: Set<String> = ["visit", "invitation", "message", "demand"]

    public init() {}

    /// Reads a gold file: one document a line.
    public func loadGold(_ text: String) throws -> [(doc: String, events: [Item])] {
        var out: [(String, [Item])] = []
        for (n, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let doc = obj["doc"] as? String else {
                throw ScoreError(message: "gold line \(n + 1): not a JSON object with a \"doc\" field")
            }
            let events = (obj["events"] as? [[String: Any]] ?? []).map { item(from: $0) }
            out.append((doc, events))
        }
        return out
    }

    /// Reads predictions: one event a line.
    public func loadPredictions(_ text: String) throws -> [Item] {
        var out: [Item] = []
        for (n, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ScoreError(message: "prediction line \(n + 1): not a JSON object")
            }
            out.append(item(from: obj))
        }
        return out
    }

    func item(from e: [String: Any]) -> Item {
        var codes = Set<String>(), sources = Set<String>()
        let parts = e["participants"] as? [Any] ?? []
        var dictParts = false
        for p in parts {
            if let d = p as? [String: Any] {
                dictParts = true
                if let c = d["code"] as? String { codes.insert(c); if (d["side"] as? String) == "source" { sources.insert(c) } }
            } else if let c = p as? String { codes.insert(c) }
        }
        if !dictParts { sources = Set(e["source"] as? [String] ?? []) }
        let date = e["date"] as? [String: Any]
        let docs = Set((e["evidence"] as? [[String: Any]] ?? []).compactMap { $0["doc"] as? String })
        return Item(type: e["type"] as? String ?? "?", status: e["status"] as? String ?? "occurred", codes: codes, sources: sources,
                    start: date?["start"] as? String, end: date?["end"] as? String, docs: docs)
    }

    func relaxed(_ g: Item, _ p: Item) -> Bool { g.type == p.type && g.codes == p.codes }
    func strict(_ g: Item, _ p: Item) -> Bool {
        guard relaxed(g, p), g.status == p.status else { return false }
        if Self.directed.contains(g.type) && g.sources != p.sources { return false }
        if let gs = g.start, let ge = g.end {
            guard let ps = p.start, let pe = p.end else { return false }
            return gs <= ps && pe <= ge
        }
        return true
    }

    /// Relaxed and strict reports.
    public func score(gold: [(doc: String, events: [Item])], predictions: [Item]) -> (relaxed: Report, strict: Report) {
        var byDoc: [String: [Item]] = [:]
        let goldDocs = Set(gold.map(\.doc))
        for p in predictions { for d in p.docs where goldDocs.contains(d) { byDoc[d, default: []].append(p) } }
        var relaxedReport = Report(), strictReport = Report()
        for (doc, golds) in gold {
            let preds = byDoc[doc] ?? []
            for (mode, ok) in [(0, relaxed), (1, strict)] as [(Int, (Item, Item) -> Bool)] {
                let pairs = maxMatching(golds, preds, ok)
                var report = mode == 0 ? relaxedReport : strictReport
                let matched = Set(pairs.values)
                for (i, g) in golds.enumerated() {
                    if pairs[i] != nil { report.byType[g.type, default: Score()].tp += 1 } else { report.byType[g.type, default: Score()].fn += 1 }
                }
                for (j, p) in preds.enumerated() where !matched.contains(j) { report.byType[p.type, default: Score()].fp += 1 }
                if mode == 0 { relaxedReport = report } else { strictReport = report }
            }
        }
        for r in [0, 1] {
            var rep = r == 0 ? relaxedReport : strictReport
            rep.overall = rep.byType.values.reduce(into: Score()) { $0.tp += $1.tp; $0.fp += $1.fp; $0.fn += $1.fn }
            if r == 0 { relaxedReport = rep } else { strictReport = rep }
        }
        return (relaxedReport, strictReport)
    }

    /// Largest one-to-one pairing (augmenting paths, as in score.py), gold index → prediction index.
    func maxMatching(_ golds: [Item], _ preds: [Item], _ ok: (Item, Item) -> Bool) -> [Int: Int] {
        let adj = golds.map { g in preds.indices.filter { ok(g, preds[$0]) } }
        var owner: [Int: Int] = [:]
        func augment(_ i: Int, _ seen: inout Set<Int>) -> Bool {
            for j in adj[i] where !seen.contains(j) {
                seen.insert(j)
                if owner[j] == nil || augment(owner[j]!, &seen) { owner[j] = i; return true }
            }
            return false
        }
        for i in golds.indices { var seen = Set<Int>(); _ = augment(i, &seen) }
        var out: [Int: Int] = [:]
        for (j, i) in owner { out[i] = j }
        return out
    }

    /// The report as text in score.py's layout.
    public func format(relaxed: Report, strict: Report) -> String {
        var lines: [String] = []
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        for (name, r) in [("relaxed", relaxed), ("strict", strict)] {
            let o = r.overall
            lines.append("\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) P=\(f(o.precision)) R=\(f(o.recall)) F1=\(f(o.f1)) (tp=\(o.tp) fp=\(o.fp) fn=\(o.fn))")
            for k in r.byType.keys.sorted() {
                let s = r.byType[k]!
                lines.append("  \(k.padding(toLength: 11, withPad: " ", startingAt: 0)) P=\(f(s.precision)) R=\(f(s.recall)) F1=\(f(s.f1)) (tp=\(s.tp) fp=\(s.fp) fn=\(s.fn))")
            }
        }
        lines.append(String(format: "strict_f1=%.4f relaxed_f1=%.4f", strict.overall.f1, relaxed.overall.f1))
        return lines.joined(separator: "\n")
    }
}

/// A scoring input that cannot be read.
public struct ScoreError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { "eval.bad-input: \(message)" }
}
