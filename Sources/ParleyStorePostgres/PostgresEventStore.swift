import Foundation
import Logging
import ParleyExtraction
import ParleyStore
import PostgresNIO

/// The event store in a PostgreSQL database, through postgres-nio, for shared and multi-machine use.
/// One transaction per document; merges of one key are serialised with advisory locks, so several
/// machines can ingest at once.
public struct PostgresEventStore: EventStore {
    let client: PostgresClient
    let runner: Task<Void, Never>
    let planner: IngestPlanner
    let logger: Logger

    /// Connects to `url` (`postgres://user:password@host:port/database`, with libpq's `sslmode` and
    /// `sslrootcert` parameters; see `PostgresLocation`) and applies pending migrations.
    public init(url: String, planner: IngestPlanner = IngestPlanner()) async throws {
        let location = try PostgresLocation(url: url)
        // one direct connection first: the pool retries failed connections for a minute, which would hide a
        // refused password or certificate behind a long wait
        do {
            let probe = try await PostgresConnection.connect(configuration: try location.connectionConfiguration(), id: 0,
                                                             logger: Logger(label: "parley.store.postgres.probe"))
            try await probe.close()
        } catch let e as StoreError { throw e } catch {
            throw StoreError(.cannotOpen, "cannot connect to PostgreSQL at \(Self.redacted(url)) (\(String(reflecting: error))); check that the server runs, the user and password, and the TLS settings (sslmode, sslrootcert)")
        }
        let client = PostgresClient(configuration: try location.clientConfiguration())
        self.client = client
        self.runner = Task { await client.run() }
        self.planner = planner
        var logger = Logger(label: "parley.store.postgres")
        logger.logLevel = .warning
        self.logger = logger
        do {
            try await migrate()
        } catch {
            runner.cancel()
            throw StoreError(.cannotOpen, "cannot open the PostgreSQL store at \(Self.redacted(url)) (\(String(reflecting: error))); check that the server runs and the user may create tables")
        }
    }

    static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url) else { return url }
        if c.password != nil { c.password = "***" }
        return c.string ?? url
    }

    func migrate() async throws {
        try await client.withTransaction(logger: logger) { conn in
            try await conn.query("SELECT pg_advisory_xact_lock(4242001)", logger: logger)
            try await conn.query("CREATE TABLE IF NOT EXISTS parley_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())", logger: logger)
            var applied = Set<String>()
            for try await name in try await conn.query("SELECT name FROM parley_migration", logger: logger).decode(String.self) { applied.insert(name) }
            for m in PostgresSchema.migrations where !applied.contains(m.name) {
                for s in m.statements { try await conn.query(PostgresQuery(unsafeSQL: s), logger: logger) }
                try await conn.query("INSERT INTO parley_migration (name) VALUES (\(m.name))", logger: logger)
            }
        }
    }

    /// Drops every Parley table (for tests that need an empty database).
    public func dropAll() async throws {
        try await client.withTransaction(logger: logger) { conn in
            try await conn.query("DROP TABLE IF EXISTS feed_item, feed, page, mention, event_actor, event, document, parley_migration CASCADE", logger: logger)
        }
    }

    public func ingest(_ document: StoredDocument, events: [Event]) async throws -> IngestOutcome {
        let planner = self.planner, logger = self.logger
        do {
            return try await client.withTransaction(logger: logger) { conn in
                try await Self.ingest(conn, document, events: events, planner: planner, logger: logger)
            }
        } catch let e as StoreError { throw e } catch {
            throw StoreError(.write, "cannot store document \(document.id): \(String(reflecting: error))")
        }
    }

    /// Several documents in one transaction. The advisory locks of every document and merge key in the
    /// batch are taken first, in one order (documents, then keys, each sorted), so concurrent ingests
    /// from several machines cannot deadlock.
    public func ingest(batch: [IngestItem]) async throws -> [IngestOutcome] {
        let planner = self.planner, logger = self.logger
        do {
            return try await client.withTransaction(logger: logger) { conn in
                for id in Set(batch.map(\.document.id)).sorted() {
                    try await conn.query("SELECT pg_advisory_xact_lock(hashtext(\("doc:" + id)))", logger: logger)
                }
                let keys = batch.flatMap { planner.lookups(events: $0.events, published: $0.document.published).map(\.key) }
                for key in Set(keys).sorted() {
                    try await conn.query("SELECT pg_advisory_xact_lock(hashtext(\(key)))", logger: logger)
                }
                var outcomes: [IngestOutcome] = []
                for item in batch {
                    outcomes.append(try await Self.ingest(conn, item.document, events: item.events, planner: planner, logger: logger, locksHeld: true))
                }
                return outcomes
            }
        } catch let e as StoreError { throw e } catch {
            throw StoreError(.write, "cannot store documents \(batch.first?.document.id ?? "")…\(batch.last?.document.id ?? ""): \(String(reflecting: error))")
        }
    }

    /// Stores one document inside the caller's transaction, taking its advisory locks unless the caller holds them.
    static func ingest(_ conn: PostgresConnection, _ document: StoredDocument, events: [Event], planner: IngestPlanner,
                       logger: Logger, locksHeld: Bool = false) async throws -> IngestOutcome {
        if !locksHeld { try await conn.query("SELECT pg_advisory_xact_lock(hashtext(\("doc:" + document.id)))", logger: logger) }
        var existing: String?
        for try await h in try await conn.query("SELECT content_hash FROM document WHERE id = \(document.id)", logger: logger).decode(String.self) { existing = h }
        if existing == document.contentHash { return IngestOutcome.unchanged }
        var other: String?
        for try await id in try await conn.query(
            "SELECT id FROM document WHERE content_hash = \(document.contentHash) AND id != \(document.id) LIMIT 1", logger: logger
        ).decode(String.self) { other = id }
        if let other { return .duplicate(of: other) }
        let lookups = planner.lookups(events: events, published: document.published)
        for key in Set(lookups.map(\.key)).sorted() where !locksHeld {
            try await conn.query("SELECT pg_advisory_xact_lock(hashtext(\(key)))", logger: logger)
        }
        var remaining: [String: [StoredMention]] = [:]
        if existing != nil {
            var affected: [String] = []
            for try await id in try await conn.query("SELECT DISTINCT event_id FROM mention WHERE document_id = \(document.id)", logger: logger).decode(String.self) { affected.append(id) }
            for id in affected {
                var ms: [StoredMention] = []
                let rows = try await conn.query("""
                    SELECT id, document_id, event_id, json, window_start, window_end, reason FROM mention
                    WHERE event_id = \(id) AND document_id != \(document.id) ORDER BY ord
                    """, logger: logger)
                for try await r in rows.decode((String, String, String, String, String?, String?, String).self) { ms.append(try Self.mention(r)) }
                remaining[id] = ms
            }
        }
        var candidates: [EventCluster] = []
        var seen = Set<String>()
        for l in lookups {
            let rows = try await conn.query("""
                SELECT json, cluster_key, window_start, window_end, source_count FROM event
                WHERE cluster_key = \(l.key) AND window_start <= \(l.window.end) AND window_end >= \(l.window.start)
                """, logger: logger)
            for try await r in rows.decode((String, String, String?, String?, Int).self) {
                let c = try Self.cluster(r)
                if seen.insert(c.id).inserted { candidates.append(c) }
            }
        }
        let plan = planner.plan(document: document, events: events, replacing: existing != nil, remaining: remaining, candidates: candidates)
        try await Self.apply(conn, plan, logger: logger)
        return plan.outcome
    }

    static func apply(_ conn: PostgresConnection, _ plan: IngestPlan, logger: Logger) async throws {
        if plan.replacesDocument {
            try await conn.query("DELETE FROM document WHERE id = \(plan.document.id)", logger: logger)
        }
        for id in plan.deletedEvents { try await conn.query("DELETE FROM event WHERE id = \(id)", logger: logger) }
        for c in plan.upserts {
            let e = c.event
            var seq: Int?
            let rows = try await conn.query("""
                INSERT INTO event (id, type, status, cluster_key, date_start, date_end, sort_date, name_keys, span, window_start, window_end,
                                   location_code, location_name, source_count, json, search_text)
                VALUES (\(e.id), \(e.type.rawValue), \(e.status.rawValue), \(c.key), \(e.date?.start), \(e.date?.end), \(EventQuery.sortDate(e)), \(EventQuery.nameKeys(e)), \(EventQuery.span(e)),
                        \(c.window?.start), \(c.window?.end), \(e.location?.code), \(e.location?.name), \(c.sourceCount),
                        \(EventJSON.line(e)), \(c.searchText))
                ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, status = EXCLUDED.status, cluster_key = EXCLUDED.cluster_key,
                    date_start = EXCLUDED.date_start, date_end = EXCLUDED.date_end, sort_date = EXCLUDED.sort_date, name_keys = EXCLUDED.name_keys, span = EXCLUDED.span, window_start = EXCLUDED.window_start,
                    window_end = EXCLUDED.window_end, location_code = EXCLUDED.location_code, location_name = EXCLUDED.location_name,
                    source_count = EXCLUDED.source_count, json = EXCLUDED.json, search_text = EXCLUDED.search_text
                RETURNING seq
                """, logger: logger)
            for try await s in rows.decode(Int.self) { seq = s }
            guard let seq else { throw StoreError(.write, "the database returned no sequence number for event \(e.id)") }
            try await conn.query("DELETE FROM event_actor WHERE event_seq = \(seq)", logger: logger)
            for p in e.participants {
                try await conn.query("""
                    INSERT INTO event_actor (event_seq, code, name_key, sort_date) VALUES (\(seq), \(p.code), \(p.name?.lowercased()), \(EventQuery.sortDate(e)))
                    """, logger: logger)
            }
        }
        let d = plan.document
        try await conn.query("""
            INSERT INTO document (id, content_hash, text, published, url, title, event_count)
            VALUES (\(d.id), \(d.contentHash), \(d.text), \(d.published), \(d.url), \(d.title), \(d.eventCount))
            """, logger: logger)
        if let p = d.page {
            let packed = ByteBuffer(bytes: p.packedRaw)
            try await conn.query("""
                INSERT INTO page (document_id, location, canonical_url, site_name, content_type, charset, date_source, raw_size, raw_gzip)
                VALUES (\(d.id), \(p.location), \(p.canonicalURL), \(p.siteName), \(p.contentType), \(p.charset), \(p.dateSource), \(p.raw.count), \(packed))
                """, logger: logger)
        }
        for m in plan.mentions {
            try await conn.query("""
                INSERT INTO mention (id, document_id, event_id, json, window_start, window_end, reason)
                VALUES (\(m.id), \(m.documentID), \(m.eventID), \(EventJSON.line(m.event)), \(m.window?.start), \(m.window?.end), \(m.reason))
                """, logger: logger)
        }
    }

    static func cluster(_ r: (String, String, String?, String?, Int)) throws -> EventCluster {
        let e = try decode(r.0)
        var seen = Set<String>()
        let docs = e.evidence.map(\.doc).filter { seen.insert($0).inserted }.sorted()
        let window = r.2.flatMap { s in r.3.map { DayWindow(start: s, end: $0) } }
        return EventCluster(event: e, key: r.1, window: window, sourceCount: r.4, documents: docs)
    }

    static func mention(_ r: (String, String, String, String, String?, String?, String)) throws -> StoredMention {
        let window = r.4.flatMap { s in r.5.map { DayWindow(start: s, end: $0) } }
        return StoredMention(id: r.0, documentID: r.1, eventID: r.2, event: try decode(r.3), window: window, reason: r.6)
    }

    static func decode(_ json: String) throws -> Event {
        do { return try EventJSON.decode(json) } catch {
            throw StoreError(.corrupt, "a stored event is not valid JSON (\(error)); the store may be damaged")
        }
    }

    public func events(matching q: EventQuery) async throws -> [StoredEvent] {
        try q.validate()
        var binds = PostgresBindings()
        func bind(_ s: String) -> String { binds.append(s); return "$\(binds.count)" }
        var actors = q.actors.map { $0.uppercased() }
        // drive the query from the rarest actor's index (code, sort_date, event_seq)
        if actors.count > 1 {
            var counts: [Int] = []
            for a in actors {
                var n = 0
                for try await c in try await client.query("SELECT count(*) FROM event_actor WHERE code = \(a)", logger: logger).decode(Int.self) { n = c }
                counts.append(n)
            }
            actors = zip(actors, counts).sorted { $0.1 < $1.1 }.map(\.0)
        }
        var sql = "SELECT e.json, e.source_count FROM event e"
        var order = "e.sort_date, e.seq"
        if let driver = actors.first {
            sql += " JOIN event_actor a0 ON a0.event_seq = e.seq AND a0.code = \(bind(driver))"
            order = "a0.sort_date, a0.event_seq"
        }
        sql += " WHERE TRUE"
        for a in actors.dropFirst() {
            sql += " AND EXISTS (SELECT 1 FROM event_actor a WHERE a.event_seq = e.seq AND a.code = \(bind(a)))"
        }
        if let p = q.person {
            let pattern = "%" + p.lowercased().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            sql += " AND e.name_keys LIKE \(bind(pattern))"
        }
        if let t = q.type { sql += " AND e.type = \(bind(t.rawValue))" }
        if let s = q.status { sql += " AND e.status = \(bind(s.rawValue))" }
        let sortColumn = actors.isEmpty ? "e.sort_date" : "a0.sort_date"
        if let f = q.from {
            var longest = 0
            for try await n in try await client.query("SELECT coalesce(max(span), 0) FROM event", logger: logger).decode(Int.self) { longest = n }
            sql += " AND e.date_end >= \(bind(f)) AND \(sortColumn) >= \(bind(q.earliestStart(longestSpan: longest) ?? f))"
        }
        if let t = q.to { sql += " AND \(sortColumn) <= \(bind(t))" }
        if let l = q.location {
            sql += " AND (e.location_code = \(bind(l.uppercased())) OR lower(e.location_name) = \(bind(l.lowercased())))"
        }
        let words = q.words
        if !words.isEmpty {
            sql += " AND to_tsvector('simple', e.search_text) @@ plainto_tsquery('simple', \(bind(words.joined(separator: " "))))"
        }
        binds.append(q.limit)
        sql += " ORDER BY \(order) LIMIT $\(binds.count)"
        do {
            var out: [StoredEvent] = []
            let rows = try await client.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
            for try await (json, count) in rows.decode((String, Int).self) { out.append(StoredEvent(event: try Self.decode(json), sourceCount: count)) }
            return out
        } catch let e as StoreError { throw e } catch {
            throw StoreError(.read, "cannot query events: \(String(reflecting: error))")
        }
    }

    public func explanation(of id: String) async throws -> EventExplanation? {
        var event: StoredEvent?
        for try await (json, count) in try await client.query("SELECT json, source_count FROM event WHERE id = \(id)", logger: logger).decode((String, Int).self) {
            event = StoredEvent(event: try Self.decode(json), sourceCount: count)
        }
        guard let event else { return nil }
        var ms: [StoredMention] = []
        let rows = try await client.query("""
            SELECT id, document_id, event_id, json, window_start, window_end, reason FROM mention WHERE event_id = \(id) ORDER BY ord
            """, logger: logger)
        for try await r in rows.decode((String, String, String, String, String?, String?, String).self) { ms.append(try Self.mention(r)) }
        return EventExplanation(event: event, mentions: ms)
    }

    public func document(id: String) async throws -> StoredDocument? {
        let rows = try await client.query(
            "SELECT id, content_hash, text, published, url, title, event_count FROM document WHERE id = \(id)", logger: logger)
        for try await (id, hash, text, published, url, title, count) in rows.decode((String, String, String, String?, String?, String?, Int).self) {
            return StoredDocument(id: id, contentHash: hash, text: text, published: published, url: url, title: title, eventCount: count)
        }
        return nil
    }

    public func statistics() async throws -> StoreStatistics {
        func count(_ q: PostgresQuery) async throws -> Int {
            var n = 0
            for try await v in try await client.query(q, logger: logger).decode(Int.self) { n = v }
            return n
        }
        return StoreStatistics(
            documents: try await count("SELECT count(*) FROM document"),
            mentions: try await count("SELECT count(*) FROM mention"),
            events: try await count("SELECT count(*) FROM event"),
            incompleteDocuments: try await count("""
                SELECT count(*) FROM document d WHERE d.event_count != (SELECT count(*) FROM mention m WHERE m.document_id = d.id)
                """))
    }

    public func close() async throws {
        runner.cancel()
        _ = await runner.value
    }
}
