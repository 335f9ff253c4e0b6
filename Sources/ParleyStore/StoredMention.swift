import ParleyExtraction

/// One article's report of an event (the extractor's event for that document), and the merged event it belongs to.
public struct StoredMention: Sendable, Hashable {
    /// The extractor's event id (unique per document and interaction).
    public var id: String
    public var documentID: String
    /// The id of the merged event this report belongs to.
    public var eventID: String
    /// The report as extracted from its article.
    public var event: Event
    /// The days the report can refer to: its date, or a window around the article's publication date.
    public var window: DayWindow?
    /// Why the report joined its event, or why it started a new one.
    public var reason: String

    public init(id: String, documentID: String, eventID: String, event: Event, window: DayWindow?, reason: String) {
        self.id = id; self.documentID = documentID; self.eventID = eventID; self.event = event; self.window = window; self.reason = reason
    }
}
