import ParleyExtraction

/// What ingesting one document did.
public enum IngestOutcome: Sendable, Hashable, CustomStringConvertible {
    /// A new document, with the number of events found in it.
    case added(events: Int)
    /// A known id with a changed text: its old reports were replaced.
    case replaced(events: Int)
    /// The same id and text were already stored.
    case unchanged
    /// The same text is already stored under another id.
    case duplicate(of: String)

    /// Events found in the document (0 when nothing was written).
    public var events: Int {
        switch self { case let .added(n), let .replaced(n): n; case .unchanged, .duplicate: 0 }
    }
    public var description: String {
        switch self {
        case let .added(n): "added (\(n) events)"
        case let .replaced(n): "replaced (\(n) events)"
        case .unchanged: "unchanged"
        case let .duplicate(of): "duplicate of \(of)"
        }
    }
}

/// Where to look for merge candidates: merged events with this key whose window meets this one.
public struct CandidateLookup: Sendable, Hashable {
    public var key: String
    public var window: DayWindow
}

/// The writes that ingesting one document needs, computed from what the store holds; a backend
/// applies them in one transaction.
public struct IngestPlan: Sendable {
    public var outcome: IngestOutcome
    /// Delete the stored version of the document (and its reports) first.
    public var replacesDocument: Bool
    public var document: StoredDocument
    /// Merged events left without reports.
    public var deletedEvents: [String]
    /// Merged events to insert or overwrite.
    public var upserts: [EventCluster]
    /// The ids among `upserts` that are new (not yet stored).
    public var created: Set<String>
    /// The document's reports, each pointing at its merged event.
    public var mentions: [StoredMention]
}

/// Plans the ingest of one document: reports of its events, merged into existing events or new ones.
/// Pure: backends read what it asks for and write what it returns.
public struct IngestPlanner: Sendable {
    public var merger: CrossArticleMerger
    public init(merger: CrossArticleMerger = CrossArticleMerger()) { self.merger = merger }

    /// The candidate lookups for a document's events.
    public func lookups(events: [Event], published: String?) -> [CandidateLookup] {
        var out: [CandidateLookup] = []
        for e in events {
            guard let w = merger.window(e, published: published) else { continue }
            let l = CandidateLookup(key: merger.key(e), window: w.widened(by: merger.tolerance))
            if !out.contains(l) { out.append(l) }
        }
        return out
    }

    /// The plan for a document whose stored version (if any) differs.
    /// - Parameters:
    ///   - remaining: for each merged event that held a report of the document's old version, its other reports in ingest order.
    ///   - candidates: merged events found by `lookups`.
    public func plan(document: StoredDocument, events: [Event], replacing: Bool,
                     remaining: [String: [StoredMention]], candidates: [EventCluster]) -> IngestPlan {
        var deleted: [String] = []
        var pool: [String: EventCluster] = [:]
        var order: [String] = []
        func put(_ c: EventCluster) {
            if pool[c.id] == nil { order.append(c.id) }
            pool[c.id] = c
        }
        for c in candidates { put(c) }
        var changed = Set<String>()
        for (id, ms) in remaining.sorted(by: { $0.key < $1.key }) {
            if ms.isEmpty { deleted.append(id); pool[id] = nil; order.removeAll { $0 == id } }
            else { put(merger.build(id: id, mentions: ms)); changed.insert(id) }
        }
        var mentions: [StoredMention] = []
        var created = Set<String>()
        var usedHere = Set<String>()
        var mentionIDs = Set<String>()
        for e in events {
            let window = merger.window(e, published: document.published)
            let open = order.compactMap { pool[$0] }.filter { !usedHere.contains($0.id) && !$0.documents.contains(document.id) }
            // the extractor can give two events of one article the same id; reports need unique ids
            var mid = e.id
            var k = 1
            while !mentionIDs.insert(mid).inserted { k += 1; mid = "\(e.id)-\(k)" }
            var m = StoredMention(id: mid, documentID: document.id, eventID: "", event: e, window: window, reason: "")
            if let (c, reason) = merger.bestMatch(e, window: window, among: open) {
                m.eventID = c.id
                m.reason = "merged with \(c.id) (\(c.sourceCount) earlier source\(c.sourceCount == 1 ? "" : "s")): " + reason
                put(merger.add(m, to: c))
            } else {
                m.eventID = CrossArticleMerger.eventID(firstMention: mid + "|" + document.contentHash)
                m.reason = "first report: no stored \(e.type.rawValue) of \(e.codes.joined(separator: "–")) with a compatible date, place and people"
                put(merger.start(m))
                created.insert(m.eventID)
            }
            usedHere.insert(m.eventID)
            changed.insert(m.eventID)
            mentions.append(m)
        }
        let upserts = order.filter(changed.contains).compactMap { pool[$0] }
        return IngestPlan(outcome: replacing ? .replaced(events: events.count) : .added(events: events.count),
                          replacesDocument: replacing, document: document, deletedEvents: deleted, upserts: upserts, created: created,
                          mentions: mentions)
    }
}
