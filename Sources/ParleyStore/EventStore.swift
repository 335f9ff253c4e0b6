import ParleyExtraction

/// A lasting, de-duplicated record of documents, their reports and merged events. Implemented over
/// SQLite (`ParleyStoreSQLite`) and PostgreSQL (`ParleyStorePostgres`); the CLI chooses one. Also the state of
/// `parley watch` and the raw pages of documents read from the web (`SourceStore`).
public protocol EventStore: SourceStore {
    /// Stores a document and its extracted events in one transaction, merging each event with the
    /// stored reports of the same real event. Re-ingesting the same text changes nothing; a changed text
    /// replaces the document's old reports.
    func ingest(_ document: StoredDocument, events: [Event]) async throws -> IngestOutcome
    /// Merged events matching a query, ordered by date then id.
    func events(matching query: EventQuery) async throws -> [StoredEvent]
    /// A merged event and the reasons its reports were merged, or nil when there is no such id.
    func explanation(of id: String) async throws -> EventExplanation?
    /// What the store holds.
    func statistics() async throws -> StoreStatistics
    /// Releases connections.
    func close() async throws
}
