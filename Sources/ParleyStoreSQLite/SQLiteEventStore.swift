import Foundation
import GRDB
import ParleyExtraction
import ParleyStore

/// The event store in one SQLite file (WAL mode), through GRDB. One transaction per document.
public struct SQLiteEventStore: EventStore {
    let pool: DatabasePool
    let planner: IngestPlanner
    /// The file the store lives in.
    public let path: String

    /// Opens (creating and migrating if needed) the store at `path`.
    public init(path: String, planner: IngestPlanner = IngestPlanner()) throws {
        self.path = path
        self.planner = planner
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError(.cannotOpen, "cannot open the SQLite store at \(path) (\(error)); check the path and that the directory is writable")
        }
        do {
            try SQLiteSchema.migrator.migrate(pool)
        } catch {
            throw StoreError(.migration, "cannot migrate the SQLite store at \(path) (\(error)); is it a Parley store?")
        }
    }

    public func ingest(_ document: StoredDocument, events: [Event]) async throws -> IngestOutcome {
        do {
            return try await pool.write { db in try self.ingest(db, document, events: events) }
        } catch let e as StoreError { throw e } catch {
            throw StoreError(.write, "cannot store document \(document.id): \(error)")
        }
    }

    /// Ingests synchronously (used by the async method and by benchmarks).
    public func ingestSync(_ document: StoredDocument, events: [Event]) throws -> IngestOutcome {
        try pool.write { db in try self.ingest(db, document, events: events) }
    }

    func ingest(_ db: Database, _ document: StoredDocument, events: [Event]) throws -> IngestOutcome {
        let existing = try String.fetchOne(db, sql: "SELECT contentHash FROM document WHERE id = ?", arguments: [document.id])
        if existing == document.contentHash { return .unchanged }
        if let other = try String.fetchOne(db, sql: "SELECT id FROM document WHERE contentHash = ? AND id != ? LIMIT 1",
                                           arguments: [document.contentHash, document.id]) {
            return .duplicate(of: other)
        }
        var remaining: [String: [StoredMention]] = [:]
        if existing != nil {
            let affected = try String.fetchAll(db, sql: "SELECT DISTINCT eventId FROM mention WHERE documentId = ?", arguments: [document.id])
            for id in affected {
                let rows = try MentionRecord.fetchAll(db, sql: "SELECT * FROM mention WHERE eventId = ? AND documentId != ? ORDER BY rowid",
                                                      arguments: [id, document.id])
                remaining[id] = try rows.map(Self.mention)
            }
        }
        var candidates: [EventCluster] = []
        var seen = Set<String>()
        for l in planner.lookups(events: events, published: document.published) {
            let rows = try EventRecord.fetchAll(db, sql: """
                SELECT * FROM event WHERE clusterKey = ? AND windowStart <= ? AND windowEnd >= ? AND windowStart >= ?
                """, arguments: [l.key, l.window.end, l.window.start, Self.earliest(l.window)])
            for r in rows where seen.insert(r.id).inserted { candidates.append(try Self.cluster(r)) }
        }
        let plan = planner.plan(document: document, events: events, replacing: existing != nil, remaining: remaining, candidates: candidates)
        try apply(db, plan)
        return plan.outcome
    }

    /// Windows are at most a year long, so candidates start no earlier than a year before the lookup.
    static func earliest(_ w: DayWindow) -> String {
        let y = Int(w.start.prefix(4)) ?? 0
        return String(format: "%04d", y - 1) + w.start.dropFirst(4)
    }

    func apply(_ db: Database, _ plan: IngestPlan) throws {
        if plan.replacesDocument {
            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [plan.document.id])
        }
        for id in plan.deletedEvents {
            if let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM event WHERE id = ?", arguments: [id]) {
                try db.execute(sql: "DELETE FROM eventText WHERE rowid = ?", arguments: [seq])
                try db.execute(sql: "DELETE FROM event WHERE seq = ?", arguments: [seq])
            }
        }
        for c in plan.upserts { try write(db, c) }
        let d = plan.document
        try DocumentRecord(id: d.id, contentHash: d.contentHash, text: d.text, published: d.published, url: d.url, title: d.title,
                           eventCount: d.eventCount).insert(db)
        for m in plan.mentions {
            try MentionRecord(id: m.id, documentId: m.documentID, eventId: m.eventID, json: EventJSON.line(m.event),
                              windowStart: m.window?.start, windowEnd: m.window?.end, reason: m.reason).insert(db)
        }
    }

    /// Inserts or overwrites a merged event with its actors and search text.
    func write(_ db: Database, _ c: EventCluster) throws {
        let e = c.event
        var r = EventRecord(seq: nil, id: e.id, type: e.type.rawValue, status: e.status.rawValue, clusterKey: c.key,
                            dateStart: e.date?.start, dateEnd: e.date?.end, windowStart: c.window?.start, windowEnd: c.window?.end,
                            locationCode: e.location?.code, locationName: e.location?.name, sourceCount: c.sourceCount,
                            json: EventJSON.line(e))
        if let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM event WHERE id = ?", arguments: [e.id]) {
            r.seq = seq
            try r.update(db)
            try db.execute(sql: "DELETE FROM eventActor WHERE eventSeq = ?", arguments: [seq])
            try db.execute(sql: "DELETE FROM eventText WHERE rowid = ?", arguments: [seq])
        } else {
            try r.insert(db)
        }
        let seq = r.seq!
        for p in e.participants {
            try EventActorRecord(eventSeq: seq, code: p.code, nameKey: p.name?.lowercased(), dateStart: e.date?.start).insert(db)
        }
        try db.execute(sql: "INSERT INTO eventText(rowid, text) VALUES (?, ?)", arguments: [seq, c.searchText])
    }

    static func cluster(_ r: EventRecord) throws -> EventCluster {
        let e = try decode(r.json)
        var seen = Set<String>()
        let docs = e.evidence.map(\.doc).filter { seen.insert($0).inserted }.sorted()
        let window = r.windowStart.flatMap { s in r.windowEnd.map { DayWindow(start: s, end: $0) } }
        return EventCluster(event: e, key: r.clusterKey, window: window, sourceCount: r.sourceCount, documents: docs)
    }

    static func mention(_ r: MentionRecord) throws -> StoredMention {
        let window = r.windowStart.flatMap { s in r.windowEnd.map { DayWindow(start: s, end: $0) } }
        return StoredMention(id: r.id, documentID: r.documentId, eventID: r.eventId, event: try decode(r.json), window: window, reason: r.reason)
    }

    static func decode(_ json: String) throws -> Event {
        do { return try EventJSON.decode(json) } catch {
            throw StoreError(.corrupt, "a stored event is not valid JSON (\(error)); the store may be damaged")
        }
    }

    public func events(matching query: EventQuery) async throws -> [StoredEvent] {
        try query.validate()
        return try await pool.read { db in try self.events(db, query) }
    }

    /// Queries synchronously (used by benchmarks).
    public func eventsSync(matching query: EventQuery) throws -> [StoredEvent] {
        try query.validate()
        return try pool.read { db in try self.events(db, query) }
    }

    func events(_ db: Database, _ q: EventQuery) throws -> [StoredEvent] {
        var sql = "SELECT e.json, e.sourceCount FROM event e WHERE 1"
        var args: [any DatabaseValueConvertible] = []
        for a in q.actors {
            sql += " AND e.seq IN (SELECT eventSeq FROM eventActor WHERE code = ?)"; args.append(a.uppercased())
        }
        if let p = q.person {
            sql += " AND e.seq IN (SELECT eventSeq FROM eventActor WHERE nameKey LIKE ? ESCAPE '\\')"
            args.append("%" + Self.likeEscaped(p.lowercased()) + "%")
        }
        if let t = q.type { sql += " AND e.type = ?"; args.append(t.rawValue) }
        if let s = q.status { sql += " AND e.status = ?"; args.append(s.rawValue) }
        if let f = q.from { sql += " AND e.dateEnd >= ?"; args.append(f) }
        if let t = q.to { sql += " AND e.dateStart <= ?"; args.append(t) }
        if let l = q.location {
            sql += " AND (e.locationCode = ? OR lower(e.locationName) = ?)"; args.append(l.uppercased()); args.append(l.lowercased())
        }
        let words = q.words
        if !words.isEmpty {
            sql += " AND e.seq IN (SELECT rowid FROM eventText WHERE eventText MATCH ?)"
            args.append(words.map { "\"\($0)\"" }.joined(separator: " "))
        }
        sql += " ORDER BY e.dateStart IS NULL, e.dateStart, e.id LIMIT ?"
        args.append(q.limit)
        let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args))
        return try rows.map { row in StoredEvent(event: try Self.decode(row[0]), sourceCount: row[1]) }
    }

    static func likeEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    public func explanation(of id: String) async throws -> EventExplanation? {
        try await pool.read { db in
            guard let r = try EventRecord.fetchOne(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [id]) else { return nil }
            let ms = try MentionRecord.fetchAll(db, sql: "SELECT * FROM mention WHERE eventId = ? ORDER BY rowid", arguments: [id])
            return EventExplanation(event: StoredEvent(event: try Self.decode(r.json), sourceCount: r.sourceCount),
                                    mentions: try ms.map(Self.mention))
        }
    }

    public func statistics() async throws -> StoreStatistics {
        try await pool.read { db in
            StoreStatistics(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM mention") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0,
                incompleteDocuments: try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM document d
                    WHERE d.eventCount != (SELECT count(*) FROM mention m WHERE m.documentId = d.id)
                    """) ?? 0)
        }
    }

    public func close() async throws { try pool.close() }
}
