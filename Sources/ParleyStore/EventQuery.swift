import ParleyExtraction

/// A filter over stored events; every field set must hold (an empty query matches everything).
public struct EventQuery: Sendable, Hashable {
    /// Participant codes that must all take part (`RUS`, `UN`).
    public var actors: [String] = []
    /// A person's name, or part of it, that must take part (case-insensitive).
    public var person: String?
    public var type: EventType?
    public var status: EventStatus?
    /// Earliest day (`YYYY-MM-DD`) the event's date range may reach.
    public var from: String?
    /// Latest day (`YYYY-MM-DD`) the event's date range may start.
    public var to: String?
    /// A state code (`RUS`) or a place name (`Kazan`), case-insensitive.
    public var location: String?
    /// Words that must all occur in the evidence, names, place or occasion.
    public var text: String?
    /// The most events returned.
    public var limit: Int = 1000

    public init(actors: [String] = [], person: String? = nil, type: EventType? = nil, status: EventStatus? = nil,
                from: String? = nil, to: String? = nil, location: String? = nil, text: String? = nil, limit: Int = 1000) {
        self.actors = actors; self.person = person; self.type = type; self.status = status
        self.from = from; self.to = to; self.location = location; self.text = text; self.limit = limit
    }

    /// A lower bound on the start of events that reach `from`, given the longest date range stored (in days),
    /// for index range scans; nil without `from`.
    public func earliestStart(longestSpan: Int) -> String? {
        from.flatMap { CalendarDay.number($0) }.map { CalendarDay.string($0 - max(0, longestSpan)) }
    }

    /// The length of an event's date range in days minus one (0 for one day or undated), stored to bound `from` scans.
    public static func span(_ e: Event) -> Int {
        guard let d = e.date, let a = CalendarDay.number(d.start), let b = CalendarDay.number(d.end) else { return 0 }
        return max(0, b - a)
    }

    /// The lower-cased names of an event's people, joined by `|` (for person filters without a join).
    public static func nameKeys(_ e: Event) -> String { e.participants.compactMap { $0.name?.lowercased() }.joined(separator: "|") }

    /// The sort key of an event: its first day, undated events last.
    public static func sortDate(_ e: Event) -> String { e.date?.start ?? "9999-12-31" }

    /// The words of `text`, lower-cased, letters and digits only.
    public var words: [String] {
        guard let text else { return [] }
        return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Checks the fields, throwing a `StoreError` that says what to fix.
    public func validate() throws {
        for d in [from, to].compactMap({ $0 }) where CalendarDay.number(d) == nil {
            throw StoreError(.badQuery, "the date \(d) is not YYYY-MM-DD; write e.g. 2024-07-09")
        }
        if limit < 1 { throw StoreError(.badQuery, "the limit must be at least 1") }
    }
}

/// A merged event with its sources, as a query returns it.
public struct StoredEvent: Sendable, Hashable {
    /// The event in the form of EVENTS.md; its evidence holds every source's sentences.
    public var event: Event
    /// The number of distinct documents reporting it.
    public var sourceCount: Int
    public init(event: Event, sourceCount: Int) { self.event = event; self.sourceCount = sourceCount }
    /// The documents named in the evidence, in order of first appearance.
    public var documents: [String] {
        var seen = Set<String>()
        return event.evidence.map(\.doc).filter { seen.insert($0).inserted }
    }
}

/// Why a merged event holds the reports it holds (`parley events --explain ID`).
public struct EventExplanation: Sendable, Hashable {
    public var event: StoredEvent
    /// The reports in ingest order, each with the reason it joined.
    public var mentions: [StoredMention]
    public init(event: StoredEvent, mentions: [StoredMention]) { self.event = event; self.mentions = mentions }
}

/// Counts of what a store holds.
public struct StoreStatistics: Sendable, Hashable {
    public var documents: Int
    public var mentions: Int
    public var events: Int
    /// Documents whose stored reports do not number their `eventCount` (0 in a healthy store).
    public var incompleteDocuments: Int
    public init(documents: Int, mentions: Int, events: Int, incompleteDocuments: Int) {
        self.documents = documents; self.mentions = mentions; self.events = events; self.incompleteDocuments = incompleteDocuments
    }
}
