import ParleyExtraction

/// A merged event: one real-world interaction and every article's report of it.
public struct EventCluster: Sendable, Hashable {
    /// The merged event in the form of EVENTS.md; its evidence holds every source's sentences.
    public var event: Event
    /// Type, participant codes and directed sources: reports can only merge within one key.
    public var key: String
    /// The days the event can lie in (for finding candidates), or nil when nothing dates it.
    public var window: DayWindow?
    /// The number of distinct documents reporting it.
    public var sourceCount: Int
    /// The documents reporting it, sorted.
    public var documents: [String]

    public init(event: Event, key: String, window: DayWindow?, sourceCount: Int, documents: [String]) {
        self.event = event; self.key = key; self.window = window; self.sourceCount = sourceCount; self.documents = documents
    }

    public var id: String { event.id }

    /// Words that text search finds the event by: evidence, names, codes, place and occasion.
    public var searchText: String {
        var parts = event.evidence.map(\.text)
        parts += event.participants.compactMap(\.name)
        parts += event.participants.map(\.code)
        if let l = event.location { parts.append(l.name) }
        if let o = event.occasion { parts.append(o) }
        return parts.joined(separator: " ")
    }
}
