import ParleyExtraction
import ParleyStore

/// Every merged event of a store, held in memory with posting lists by actor, so that the API can filter, page
/// and aggregate 100,000 events in milliseconds. Built from the store and rebuilt when the store changes; each
/// event's API JSON is rendered once, when the index is built.
public struct EventIndex: Sendable {
    /// One event's filterable fields and its rendered JSON.
    public struct Entry: Sendable {
        public let id: String
        public let type: EventType
        public let status: EventStatus
        /// First and last day (day numbers); nil when undated.
        public let start: Int?
        public let end: Int?
        public let codes: [String]
        /// The distinct codes as positions in `EventIndex.codeTable`, ascending.
        let codeIDs: [Int32]
        /// People's names, lower-cased, joined by `|`.
        let names: String
        public let people: [(code: String, name: String)]
        public let locationName: String?
        public let locationCode: String?
        let locationKey: String?
        public let sources: Int
        public let documents: [String]
        public let evidence: [Evidence]
        /// The sorted, distinct lower-cased words of the evidence, names, place and occasion.
        let words: [String]
        /// The event as the API returns it.
        let json: [UInt8]
    }

    /// Entries in date order (undated last), then by id.
    public let entries: [Entry]
    /// For each actor code, the positions of its events in `entries`, ascending.
    let byActor: [String: [Int32]]
    let byID: [String: Int32]
    let byDocument: [String: [Int32]]
    /// Every actor code, numbered for the aggregates.
    let codeTable: [String]
    /// What the store held when the index was built (a change shows the index is stale).
    public let statistics: StoreStatistics

    public init(events: [StoredEvent], statistics: StoreStatistics, directory: ActorDirectory) {
        var numbers: [String: Int32] = [:]
        var table: [String] = []
        func number(_ c: String) -> Int32 {
            if let n = numbers[c] { return n }
            numbers[c] = Int32(table.count)
            table.append(c)
            return Int32(table.count - 1)
        }
        var built = events.map { Self.entry($0, directory: directory, number: number) }
        built.sort { ($0.start ?? Int.max, $0.id) < ($1.start ?? Int.max, $1.id) }
        var byActor: [String: [Int32]] = [:]
        var byID: [String: Int32] = [:]
        var byDocument: [String: [Int32]] = [:]
        for (i, e) in built.enumerated() {
            byID[e.id] = Int32(i)
            for d in e.documents { byDocument[d, default: []].append(Int32(i)) }
            for c in Set(e.codes) { byActor[c, default: []].append(Int32(i)) }
        }
        entries = built
        self.byActor = byActor
        self.byID = byID
        self.byDocument = byDocument
        codeTable = table
        self.statistics = statistics
    }

    /// Reads every event of a store.
    public static func load(from store: any EventStore, directory: ActorDirectory) async throws -> EventIndex {
        let statistics = try await store.statistics()
        let events = try await store.events(matching: EventQuery(limit: max(1, statistics.events)))
        return EventIndex(events: events, statistics: statistics, directory: directory)
    }

    public func entry(id: String) -> Entry? { byID[id].map { entries[Int($0)] } }

    /// The merged events a document reports, in date order.
    public func events(reportedBy document: String) -> [Entry] { (byDocument[document] ?? []).map { entries[Int($0)] } }

    /// Positions (in date order) of the events matching a filter.
    public func matching(_ f: EventFilter) -> [Int32] {
        var candidates: [Int32]
        let actors = Array(Set(f.actors))
        if actors.isEmpty {
            candidates = Array(0..<Int32(entries.count))
        } else {
            let lists = actors.map { byActor[$0] ?? [] }.sorted { $0.count < $1.count }
            candidates = lists[0]
            for other in lists.dropFirst() {
                candidates = Self.intersect(candidates, other)
                if candidates.isEmpty { break }
            }
        }
        let needsCheck = f.person != nil || f.type != nil || f.status != nil || f.from != nil || f.to != nil || f.location != nil || !f.words.isEmpty
        guard needsCheck else { return candidates }
        let location = f.location.map { ($0.uppercased(), $0.lowercased()) }
        return candidates.filter { i in
            let e = entries[Int(i)]
            if let t = f.type, e.type != t { return false }
            if let s = f.status, e.status != s { return false }
            if let from = f.from { guard let end = e.end, end >= from else { return false } }
            if let to = f.to { guard let start = e.start, start <= to else { return false } }
            if let (code, name) = location, e.locationCode != code, e.locationKey != name { return false }
            if let p = f.person, !e.names.contains(p) { return false }
            for w in f.words where !Self.contains(e.words, w) { return false }
            return true
        }
    }

    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Binary search in a sorted word list.
    static func contains(_ words: [String], _ w: String) -> Bool {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid] < w { lo = mid + 1 } else { hi = mid }
        }
        return lo < words.count && words[lo] == w
    }

    static func entry(_ s: StoredEvent, directory: ActorDirectory, number: (String) -> Int32) -> Entry {
        let e = s.event
        var text = e.evidence.map(\.text)
        text += e.participants.compactMap(\.name)
        if let l = e.location { text.append(l.name) }
        if let o = e.occasion { text.append(o) }
        let words = Array(Set(EventQuery(text: text.joined(separator: " ")).words)).sorted()
        return Entry(id: e.id, type: e.type, status: e.status,
                     start: e.date.flatMap { CalendarDay.number($0.start) }, end: e.date.flatMap { CalendarDay.number($0.end) },
                     codes: e.participants.map(\.code), codeIDs: Array(Set(e.participants.map { number($0.code) })).sorted(), names: EventQuery.nameKeys(e),
                     people: e.participants.compactMap { p in p.name.map { (p.code, $0) } },
                     locationName: e.location?.name, locationCode: e.location?.code, locationKey: e.location?.name.lowercased(),
                     sources: s.sourceCount, documents: s.documents, evidence: e.evidence, words: words, json: render(s, directory: directory))
    }

    /// The API form of an event: EVENTS.md's fields, each participant's `label`, the place's coordinates, and
    /// the number of sources and the documents.
    static func render(_ s: StoredEvent, directory: ActorDirectory) -> [UInt8] {
        let e = s.event
        var w = JSONWriter(capacity: 1024)
        w.raw("{\"id\": "); w.string(e.id)
        w.key("type"); w.string(e.type.rawValue)
        w.key("status"); w.string(e.status.rawValue)
        w.key("participants")
        w.array(e.participants) { w, p in
            w.raw("{\"code\": "); w.string(p.code)
            w.key("name"); w.string(p.name)
            w.key("role"); w.string(p.role?.rawValue)
            w.key("side"); w.string(p.side?.rawValue)
            w.key("label"); w.string(directory.name(p.code))
            w.raw("}")
        }
        w.key("date")
        if let d = e.date {
            w.raw("{\"start\": "); w.string(d.start); w.key("end"); w.string(d.end); w.key("text"); w.string(d.text); w.raw("}")
        } else { w.raw("null") }
        w.key("location")
        if let l = e.location {
            w.raw("{\"name\": "); w.string(l.name); w.key("code"); w.string(l.code)
            if let c = directory.coordinates(ofPlace: l.name, code: l.code) {
                w.key("lat"); w.number(c.lat); w.key("lon"); w.number(c.lon)
            }
            w.raw("}")
        } else { w.raw("null") }
        w.key("occasion"); w.string(e.occasion)
        w.key("topics"); w.array(e.topics) { w, t in w.string(t) }
        w.key("evidence")
        w.array(e.evidence) { w, v in w.evidence(v) }
        w.key("confidence"); w.number(e.confidence)
        w.key("sources"); w.number(s.sourceCount)
        w.key("documents"); w.array(s.documents) { w, d in w.string(d) }
        w.raw("}")
        return w.bytes
    }
}
