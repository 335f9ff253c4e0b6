import ParleyExtraction

/// A lasting, de-duplicated record of documents, their reports and merged events. Implemented over
/// SQLite (`ParleyStoreSQLite`) and PostgreSQL (`ParleyStorePostgres`); the CLI chooses one. Also the state of
/// `parley watch` and the raw pages of documents read from the web (`SourceStore`).
public protocol EventStore: SourceStore {
    /// Stores a document and its extracted events in one transaction, merging each event with the
    /// stored reports of the same real event. Re-ingesting the same text changes nothing; a changed text
    /// replaces the document's old reports.
    func ingest(_ document: StoredDocument, events: [Event]) async throws -> IngestOutcome
    /// Stores several documents in one transaction, in order, each exactly as `ingest(_:events:)` would
    /// (a later document merges with the events of an earlier one). After a crash the store holds all of
    /// them or none: never part of a document. Returns one outcome per item.
    func ingest(batch: [IngestItem]) async throws -> [IngestOutcome]
    /// Merged events matching a query, ordered by date then id.
    func events(matching query: EventQuery) async throws -> [StoredEvent]
    /// A merged event and the reasons its reports were merged, or nil when there is no such id.
    func explanation(of id: String) async throws -> EventExplanation?
    /// A stored document (its text is what evidence offsets point into), or nil when there is no such id.
    func document(id: String) async throws -> StoredDocument?
    /// What the store holds.
    func statistics() async throws -> StoreStatistics
    /// Releases connections.
    func close() async throws
}

/// A document and the events extracted from it, ready to be stored.
public struct IngestItem: Sendable {
    public var document: StoredDocument
    public var events: [Event]

    public init(document: StoredDocument, events: [Event]) {
        self.document = document
        self.events = events
    }

    /// A document and what the extractor found in it.
    public init(_ document: InputDocument, extraction: ExtractionResult) {
        self.init(document: StoredDocument(document, published: extraction.publicationDate, eventCount: extraction.events.count),
                  events: extraction.events)
    }
}

/// Counts of what an ingest did, outcome by outcome.
public struct IngestTally: Sendable, Hashable {
    public var added = 0, replaced = 0, unchanged = 0, duplicates = 0
    /// Reports stored (events found in added and replaced documents).
    public var events = 0

    public init() {}

    public mutating func add(_ outcome: IngestOutcome) {
        switch outcome {
        case .added(let n): added += 1; events += n
        case .replaced(let n): replaced += 1; events += n
        case .unchanged: unchanged += 1
        case .duplicate: duplicates += 1
        }
    }
}

extension EventStore {
    /// One transaction per document: for stores without a batched write.
    public func ingest(batch: [IngestItem]) async throws -> [IngestOutcome] {
        var outcomes: [IngestOutcome] = []
        outcomes.reserveCapacity(batch.count)
        for item in batch { outcomes.append(try await ingest(item.document, events: item.events)) }
        return outcomes
    }
}
