import Logging
import ParleyStore
import PostgresNIO

extension PostgresEventStore {
    public func page(document id: String) async throws -> StoredPage? {
        try await run("read the page of \(id)") { conn, logger in
            let rows = try await conn.query("""
                SELECT location, canonical_url, site_name, content_type, charset, date_source, raw_gzip FROM page WHERE document_id = \(id)
                """, logger: logger)
            for try await r in rows.decode((String, String?, String?, String?, String, String?, ByteBuffer).self) {
                var buf = r.6
                let packed = buf.readBytes(length: buf.readableBytes) ?? []
                return StoredPage(raw: try StoredPage.unpack(packed), location: r.0, canonicalURL: r.1, siteName: r.2, contentType: r.3,
                                  charset: r.4, dateSource: r.5)
            }
            return nil
        }
    }

    public func feed(_ url: String) async throws -> FeedState? {
        try await run("read feed \(url)") { conn, logger in
            let rows = try await conn.query("""
                SELECT url, title, etag, last_modified, last_polled_at, last_status, consecutive_failures FROM feed WHERE url = \(url)
                """, logger: logger)
            for try await r in rows.decode((String, String?, String?, String?, String?, String?, Int).self) {
                return FeedState(url: r.0, title: r.1, etag: r.2, lastModified: r.3, lastPolledAt: r.4, lastStatus: r.5, consecutiveFailures: r.6)
            }
            return nil
        }
    }

    public func saveFeed(_ f: FeedState) async throws {
        try await run("save feed \(f.url)") { conn, logger in
            try await conn.query("""
                INSERT INTO feed (url, title, etag, last_modified, last_polled_at, last_status, consecutive_failures)
                VALUES (\(f.url), \(f.title), \(f.etag), \(f.lastModified), \(f.lastPolledAt), \(f.lastStatus), \(f.consecutiveFailures))
                ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag, last_modified = excluded.last_modified,
                last_polled_at = excluded.last_polled_at, last_status = excluded.last_status, consecutive_failures = excluded.consecutive_failures
                """, logger: logger)
        }
    }

    public func feedItems(_ feedURL: String) async throws -> [FeedItemRecord] {
        try await run("read the items of \(feedURL)") { conn, logger in
            let rows = try await conn.query("""
                SELECT feed_url, key, link, state, document_id, attempts, last_error, updated_at FROM feed_item
                WHERE feed_url = \(feedURL) ORDER BY updated_at, key
                """, logger: logger)
            var out: [FeedItemRecord] = []
            for try await r in rows.decode((String, String, String, String, String?, Int, String?, String).self) { out.append(try Self.item(r)) }
            return out
        }
    }

    public func item(link: String) async throws -> FeedItemRecord? {
        try await run("look up \(link)") { conn, logger in
            let rows = try await conn.query("""
                SELECT feed_url, key, link, state, document_id, attempts, last_error, updated_at FROM feed_item WHERE link = \(link)
                ORDER BY CASE state WHEN 'ingested' THEN 0 WHEN 'duplicate' THEN 1 ELSE 2 END, updated_at LIMIT 1
                """, logger: logger)
            for try await r in rows.decode((String, String, String, String, String?, Int, String?, String).self) { return try Self.item(r) }
            return nil
        }
    }

    public func saveItem(_ i: FeedItemRecord) async throws {
        try await run("save item \(i.link)") { conn, logger in
            try await conn.query("""
                INSERT INTO feed_item (feed_url, key, link, state, document_id, attempts, last_error, updated_at)
                VALUES (\(i.feedURL), \(i.key), \(i.link), \(i.state.rawValue), \(i.documentID), \(i.attempts), \(i.lastError), \(i.updatedAt))
                ON CONFLICT (feed_url, key) DO UPDATE SET link = excluded.link, state = excluded.state, document_id = excluded.document_id,
                attempts = excluded.attempts, last_error = excluded.last_error, updated_at = excluded.updated_at
                """, logger: logger)
        }
    }

    static func item(_ r: (String, String, String, String, String?, Int, String?, String)) throws -> FeedItemRecord {
        guard let state = FeedItemState(rawValue: r.3) else { throw StoreError(.corrupt, "a feed item has an unknown state; the store may be damaged") }
        return FeedItemRecord(feedURL: r.0, key: r.1, link: r.2, state: state, documentID: r.4, attempts: r.5, lastError: r.6, updatedAt: r.7)
    }

    func run<T: Sendable>(_ what: String, _ body: @Sendable (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withConnection { conn in try await body(conn, logger) }
        } catch let e as StoreError { throw e } catch {
            throw StoreError(.read, "cannot \(what) in PostgreSQL: \(String(reflecting: error))")
        }
    }
}
