import Foundation
import ParleyExtraction
import ParleyStore
import ParleyStorePostgres
import ParleyStoreSQLite

/// The store implementations the conformance suite runs against.
enum Backend: String, CustomStringConvertible, Sendable {
    case sqlite, postgres
    var description: String { rawValue }

    /// The PostgreSQL server for tests (`.ci/run` sets it), e.g. postgres://parley:parley@127.0.0.1:5432/parley.
    static let postgresURL: String? = ProcessInfo.processInfo.environment["PARLEY_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// SQLite always; PostgreSQL when `PARLEY_TEST_POSTGRES_URL` is set.
    static let available: [Backend] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    /// A fresh, empty store: a new SQLite file, or a new PostgreSQL database. Returns its location too.
    func makeStore() async throws -> (store: any EventStore, location: String) {
        let name = "parley_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        switch self {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let path = dir.appendingPathComponent("store.sqlite").path
            return (try SQLiteEventStore(path: path), path)
        case .postgres:
            let base = Backend.postgresURL!
            try await PostgresEventStore.administer(url: base, "CREATE DATABASE \(name)")
            let url = PostgresEventStore.url(base, database: name)
            return (try await PostgresEventStore(url: url), url)
        }
    }

    /// Opens an existing store again.
    func reopen(_ location: String) async throws -> any EventStore {
        switch self {
        case .sqlite: try SQLiteEventStore(path: location)
        case .postgres: try await PostgresEventStore(url: location)
        }
    }
}

/// Builders of hand-made events for store tests.
enum Make {
    static func event(_ doc: String, _ type: EventType = .meeting, _ codes: [String] = ["CHN", "RUS"], date: (String, String)? = nil,
                      status: EventStatus = .occurred, location: (String, String)? = nil, names: [String: String] = [:],
                      sentence: String? = nil, n: Int = 0) -> Event {
        let directed = type.isDirected
        let parts = codes.enumerated().map { i, c in
            Participant(code: c, name: names[c], role: names[c] == nil ? nil : .headOfState, side: directed ? (i == 0 ? .source : .target) : nil)
        }
        let text = sentence ?? "\(codes.joined(separator: " and ")) held a \(type.rawValue) reported by \(doc)."
        return Event.make(id: "e-\(doc)-\(n)", type: type, status: status, participants: parts,
                     date: date.map { EventDate.make(start: $0.0, end: $0.1, text: "on \($0.0)") },
                     location: location.map { EventLocation.make(name: $0.0, code: $0.1) }, occasion: nil, topics: [],
                     evidence: [Evidence.make(doc: doc, start: 0, end: text.unicodeScalars.count, text: text)], confidence: 0.8)
    }

    static func document(_ id: String, text: String? = nil, published: String? = "2024-05-20", events: Int) -> StoredDocument {
        let t = text ?? "The text of \(id)."
        return StoredDocument(id: id, contentHash: StoredDocument.hash(t), text: t, published: published, url: nil, title: nil, eventCount: events)
    }
}

extension EventStore {
    /// Ingests a hand-made document with its events.
    @discardableResult
    func put(_ id: String, text: String? = nil, published: String? = "2024-05-20", _ events: [Event]) async throws -> IngestOutcome {
        try await ingest(Make.document(id, text: text, published: published, events: events.count), events: events)
    }
}
