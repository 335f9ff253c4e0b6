import GRDB

/// A row of `document`.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"
    var id: String
    var contentHash: String
    var text: String
    var published: String?
    var url: String?
    var title: String?
    var eventCount: Int
}

/// A row of `event`: a merged event, its columns for filtering and its JSON (EVENTS.md).
struct EventRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "event"
    var seq: Int64?
    var id: String
    var type: String
    var status: String
    var clusterKey: String
    var dateStart: String?
    var dateEnd: String?
    var sortDate: String
    var nameKeys: String
    var span: Int
    var windowStart: String?
    var windowEnd: String?
    var locationCode: String?
    var locationName: String?
    var sourceCount: Int
    var json: String
    mutating func didInsert(_ inserted: InsertionSuccess) { seq = inserted.rowID }
}

/// A row of `eventActor`: one participant of a merged event, for filtering by code or person.
struct EventActorRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "eventActor"
    var eventSeq: Int64
    var code: String
    var nameKey: String?
    var sortDate: String
}

/// A row of `mention`: one document's report of a merged event and why it was merged.
struct MentionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mention"
    var documentId: String
    var id: String
    var eventId: String
    /// The report's place among its event's reports (1 for the first).
    var position: Int
    var json: String
    var windowStart: String?
    var windowEnd: String?
    var reason: String
}
