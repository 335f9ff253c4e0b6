import Foundation
import GRDB
import ParleyStore

extension SQLiteEventStore {
    public func page(document id: String) async throws -> StoredPage? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM page WHERE documentId = ?", arguments: [id]) else { return nil }
            let packed: Data = row["rawGzip"]
            return StoredPage(raw: try StoredPage.unpack([UInt8](packed)), location: row["location"], canonicalURL: row["canonicalURL"],
                              siteName: row["siteName"], contentType: row["contentType"], charset: row["charset"], dateSource: row["dateSource"])
        }
    }

    public func feed(_ url: String) async throws -> FeedState? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM feed WHERE url = ?", arguments: [url]).map {
                FeedState(url: $0["url"], title: $0["title"], etag: $0["etag"], lastModified: $0["lastModified"], lastPolledAt: $0["lastPolledAt"],
                          lastStatus: $0["lastStatus"], consecutiveFailures: $0["consecutiveFailures"])
            }
        }
    }

    public func saveFeed(_ f: FeedState) async throws {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO feed (url, title, etag, lastModified, lastPolledAt, lastStatus, consecutiveFailures) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag, lastModified = excluded.lastModified,
                lastPolledAt = excluded.lastPolledAt, lastStatus = excluded.lastStatus, consecutiveFailures = excluded.consecutiveFailures
                """, arguments: [f.url, f.title, f.etag, f.lastModified, f.lastPolledAt, f.lastStatus, f.consecutiveFailures])
        }
    }

    public func feedItems(_ feedURL: String) async throws -> [FeedItemRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM feedItem WHERE feedURL = ? ORDER BY updatedAt, key", arguments: [feedURL]).map(Self.item)
        }
    }

    public func item(link: String) async throws -> FeedItemRecord? {
        try await read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM feedItem WHERE link = ? ORDER BY CASE state WHEN 'ingested' THEN 0 WHEN 'duplicate' THEN 1 ELSE 2 END, updatedAt LIMIT 1
                """, arguments: [link]).map(Self.item)
        }
    }

    public func saveItem(_ i: FeedItemRecord) async throws {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO feedItem (feedURL, key, link, state, documentId, attempts, lastError, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (feedURL, key) DO UPDATE SET link = excluded.link, state = excluded.state, documentId = excluded.documentId,
                attempts = excluded.attempts, lastError = excluded.lastError, updatedAt = excluded.updatedAt
                """, arguments: [i.feedURL, i.key, i.link, i.state.rawValue, i.documentID, i.attempts, i.lastError, i.updatedAt])
        }
    }

    static func item(_ r: Row) throws -> FeedItemRecord {
        guard let state = FeedItemState(rawValue: r["state"]) else { throw StoreError(.corrupt, "a feed item has an unknown state; the store may be damaged") }
        return FeedItemRecord(feedURL: r["feedURL"], key: r["key"], link: r["link"], state: state, documentID: r["documentId"],
                              attempts: r["attempts"], lastError: r["lastError"], updatedAt: r["updatedAt"])
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do { return try await pool.read(body) } catch let e as StoreError { throw e } catch {
            throw StoreError(.read, "cannot read the SQLite store at \(path): \(error)")
        }
    }

    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do { return try await pool.write(body) } catch let e as StoreError { throw e } catch {
            throw StoreError(.write, "cannot write the SQLite store at \(path): \(error)")
        }
    }
}
