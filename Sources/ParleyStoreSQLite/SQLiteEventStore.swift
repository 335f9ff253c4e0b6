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
            try db.execute(sql: "PRAGMA synchronous = NORMAL")      // WAL: a commit survives a killed process
            try db.execute(sql: "PRAGMA cache_size = -65536")       // 64 MB of pages
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16000") // checkpoint every 64 MB of WAL
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

    /// Several documents in one transaction: the WAL pages, index pages and full-text segments they share
    /// are written once per batch instead of once per document.
    public func ingest(batch: [IngestItem]) async throws -> [IngestOutcome] {
        do {
            return try await pool.write { db in try batch.map { try self.ingest(db, $0.document, events: $0.events) } }
        } catch let e as StoreError { throw e } catch {
            throw StoreError(.write, "cannot store documents \(batch.first?.document.id ?? "")…\(batch.last?.document.id ?? ""): \(error)")
        }
    }

    /// Ingests synchronously (used by benchmarks).
    public func ingestSync(_ document: StoredDocument, events: [Event]) throws -> IngestOutcome {
        try pool.write { db in try self.ingest(db, document, events: events) }
    }

    /// Ingests a batch synchronously in one transaction (used by benchmarks).
    public func ingestSync(batch: [IngestItem]) throws -> [IngestOutcome] {
        try pool.write { db in try batch.map { try self.ingest(db, $0.document, events: $0.events) } }
    }

    func ingest(_ db: Database, _ document: StoredDocument, events: [Event]) throws -> IngestOutcome {
        let existing = try String.fetchOne(db.cachedStatement(sql: "SELECT contentHash FROM document WHERE id = ?"), arguments: [document.id])
        if existing == document.contentHash { return .unchanged }
        if let other = try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE contentHash = ? AND id != ? LIMIT 1"),
                                           arguments: [document.contentHash, document.id]) {
            return .duplicate(of: other)
        }
        var remaining: [String: [StoredMention]] = [:]
        if existing != nil {
            let affected = try String.fetchAll(db, sql: "SELECT DISTINCT eventId FROM mention WHERE documentId = ?", arguments: [document.id])
            for id in affected {
                let rows = try MentionRecord.fetchAll(db, sql: "SELECT * FROM mention WHERE eventId = ? AND documentId != ? ORDER BY position, documentId",
                                                      arguments: [id, document.id])
                remaining[id] = try rows.map(Self.mention)
            }
        }
        var candidates: [EventCluster] = []
        var seen = Set<String>()
        let lookup = try db.cachedStatement(sql: """
            SELECT json, clusterKey, windowStart, windowEnd, sourceCount FROM event
            WHERE clusterKey = ? AND windowStart <= ? AND windowEnd >= ? AND windowStart >= ?
            """)
        for l in planner.lookups(events: events, published: document.published) {
            let rows = try Row.fetchAll(lookup, arguments: [l.key, l.window.end, l.window.start, Self.earliest(l.window)])
            for r in rows {
                let c = try Self.cluster(json: r[0], key: r[1], windowStart: r[2], windowEnd: r[3], sourceCount: r[4])
                if seen.insert(c.id).inserted { candidates.append(c) }
            }
        }
        let plan = planner.plan(document: document, events: events, replacing: existing != nil, remaining: remaining, candidates: candidates)
        try apply(db, plan)
        return plan.outcome
    }

    /// Windows are at most a year long, so candidates start no earlier than a year before the lookup.
    static func earliest(_ w: DayWindow) -> String {
        guard let y = Int(w.start.prefix(4)), y > 1000 else { return "0000" }
        return String(y - 1) + w.start.dropFirst(4)
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
        for c in plan.upserts { try write(db, c, isNew: plan.created.contains(c.id)) }
        let d = plan.document
        try db.cachedStatement(sql: """
            INSERT INTO document (id, contentHash, text, published, url, title, eventCount) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [d.id, d.contentHash, d.text, d.published, d.url, d.title, d.eventCount])
        if let p = d.page {
            try db.cachedStatement(sql: """
                INSERT INTO page (documentId, location, canonicalURL, siteName, contentType, charset, dateSource, rawSize, rawGzip)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [d.id, p.location, p.canonicalURL, p.siteName, p.contentType, p.charset, p.dateSource, p.raw.count,
                                         Data(p.packedRaw)])
        }
        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO mention (documentId, id, eventId, position, json, windowStart, windowEnd, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // this document is the newest source of each event it reports, so its place is the event's source count
        let sources = Dictionary(plan.upserts.map { ($0.id, $0.sourceCount) }, uniquingKeysWith: { a, _ in a })
        for m in plan.mentions {
            try insertMention.execute(arguments: [m.documentID, m.id, m.eventID, sources[m.eventID] ?? 1, EventJSON.line(m.event),
                                                  m.window?.start, m.window?.end, m.reason])
        }
    }

    /// Inserts (when new) or overwrites a merged event with its actors and search text.
    func write(_ db: Database, _ c: EventCluster, isNew: Bool = false) throws {
        let e = c.event
        let sortDate = EventQuery.sortDate(e)
        let values: StatementArguments = [e.type.rawValue, e.status.rawValue, c.key, e.date?.start, e.date?.end, sortDate, EventQuery.nameKeys(e), EventQuery.span(e), c.window?.start,
                                          c.window?.end, e.location?.code, e.location?.name, c.sourceCount, EventJSON.line(e)]
        var seq: Int64
        if !isNew, let old = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM event WHERE id = ?"), arguments: [e.id]) {
            seq = old
            try db.cachedStatement(sql: """
                UPDATE event SET type = ?, status = ?, clusterKey = ?, dateStart = ?, dateEnd = ?, sortDate = ?, nameKeys = ?, span = ?, windowStart = ?,
                                 windowEnd = ?, locationCode = ?, locationName = ?, sourceCount = ?, json = ? WHERE seq = ?
                """).execute(arguments: values + [seq])
            try db.cachedStatement(sql: "DELETE FROM eventActor WHERE eventSeq = ?").execute(arguments: [seq])
            try db.cachedStatement(sql: "DELETE FROM eventText WHERE rowid = ?").execute(arguments: [seq])
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO event (type, status, clusterKey, dateStart, dateEnd, sortDate, nameKeys, span, windowStart, windowEnd,
                                   locationCode, locationName, sourceCount, json, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: values + [e.id])
            seq = db.lastInsertedRowID
        }
        let insertActor = try db.cachedStatement(sql: "INSERT INTO eventActor (eventSeq, code, nameKey, sortDate) VALUES (?, ?, ?, ?)")
        for p in e.participants {
            try insertActor.execute(arguments: [seq, p.code, p.name?.lowercased(), sortDate])
        }
        try db.cachedStatement(sql: "INSERT INTO eventText(rowid, text) VALUES (?, ?)").execute(arguments: [seq, c.searchText])
    }

    static func cluster(json: String, key: String, windowStart: String?, windowEnd: String?, sourceCount: Int) throws -> EventCluster {
        let e = try decode(json)
        var seen = Set<String>()
        let docs = e.evidence.map(\.doc).filter { seen.insert($0).inserted }.sorted()
        let window = windowStart.flatMap { s in windowEnd.map { DayWindow(start: s, end: $0) } }
        return EventCluster(event: e, key: key, window: window, sourceCount: sourceCount, documents: docs)
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
        var args: [any DatabaseValueConvertible] = []
        var actors = q.actors.map { $0.uppercased() }
        // drive the query from the rarest actor's index (code, sortDate, eventSeq): rows come out in order
        if actors.count > 1 {
            let counts = try actors.map { try Int.fetchOne(db, sql: "SELECT count(*) FROM eventActor WHERE code = ?", arguments: [$0]) ?? 0 }
            actors = zip(actors, counts).sorted { $0.1 < $1.1 }.map(\.0)
        }
        // text search drives the query when it matches few events; otherwise an ordered index does, and stops at the limit
        let words = q.words
        let match = words.map { "\"\($0)\"" }.joined(separator: " ")
        var textDrives = false
        if !words.isEmpty {
            let n = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM eventText WHERE eventText MATCH ? LIMIT 5001)"),
                                     arguments: [match]) ?? 0
            textDrives = n <= 5000
        }
        var sql = "SELECT e.json, e.sourceCount FROM "
        var order = "e.sortDate, e.seq"
        if let driver = actors.first, !textDrives {
            sql += "eventActor a0 CROSS JOIN event e ON a0.eventSeq = e.seq AND a0.code = ?"; args.append(driver)
            order = "a0.sortDate, a0.eventSeq"
        } else if !textDrives {
            sql += q.type == nil ? "event e INDEXED BY event_on_sortDate" : "event e INDEXED BY event_on_type_sortDate"
        } else {
            sql += "event e"
        }
        sql += " WHERE 1"
        for a in (textDrives ? actors[...] : actors.dropFirst()) {
            sql += " AND EXISTS (SELECT 1 FROM eventActor a WHERE a.eventSeq = e.seq AND a.code = ?)"; args.append(a)
        }
        if let p = q.person {
            sql += " AND e.nameKeys LIKE ? ESCAPE '\\'"
            args.append("%" + Self.likeEscaped(p.lowercased()) + "%")
        }
        if let t = q.type { sql += " AND e.type = ?"; args.append(t.rawValue) }
        if let s = q.status { sql += " AND e.status = ?"; args.append(s.rawValue) }
        let sortColumn = order.hasPrefix("a0") ? "a0.sortDate" : "e.sortDate"
        if let f = q.from {
            let longest = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(span), 0) FROM event")) ?? 0
            sql += " AND e.dateEnd >= ? AND \(sortColumn) >= ?"; args.append(f); args.append(q.earliestStart(longestSpan: longest) ?? f)
        }
        if let t = q.to { sql += " AND \(sortColumn) <= ?"; args.append(t) }
        if let l = q.location {
            sql += " AND (e.locationCode = ? OR lower(e.locationName) = ?)"; args.append(l.uppercased()); args.append(l.lowercased())
        }
        if !words.isEmpty {
            sql += " AND e.seq IN (SELECT rowid FROM eventText WHERE eventText MATCH ?)"
            args.append(match)
        }
        sql += " ORDER BY \(order) LIMIT ?"
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
            let ms = try MentionRecord.fetchAll(db, sql: "SELECT * FROM mention WHERE eventId = ? ORDER BY position, documentId", arguments: [id])
            return EventExplanation(event: StoredEvent(event: try Self.decode(r.json), sourceCount: r.sourceCount),
                                    mentions: try ms.map(Self.mention))
        }
    }

    public func document(id: String) async throws -> StoredDocument? {
        try await pool.read { db in
            try DocumentRecord.fetchOne(db, key: id).map {
                StoredDocument(id: $0.id, contentHash: $0.contentHash, text: $0.text, published: $0.published, url: $0.url, title: $0.title,
                               eventCount: $0.eventCount)
            }
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
