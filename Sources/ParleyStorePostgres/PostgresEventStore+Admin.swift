import Foundation
import Logging
import ParleyStore
import PostgresNIO

extension PostgresEventStore {
    /// Runs one statement on the server named by `url` (for creating and dropping test databases).
    public static func administer(url: String, _ statement: String) async throws {
        let config = try PostgresLocation(url: url).connectionConfiguration()
        let logger = Logger(label: "parley.store.postgres.admin")
        let conn = try await PostgresConnection.connect(configuration: config, id: 1, logger: logger)
        do {
            try await conn.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        } catch {
            try? await conn.close()
            throw StoreError(.write, "\(statement): \(String(reflecting: error))")
        }
        try await conn.close()
    }

    /// Whether this store's connections are encrypted (PostgreSQL's `pg_stat_ssl` for the session).
    public func connectionUsesTLS() async throws -> Bool {
        var ssl = false
        for try await value in try await client.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: logger).decode(Bool.self) {
            ssl = value
        }
        return ssl
    }

    /// `url` with its database replaced by `database`.
    public static func url(_ url: String, database: String) -> String {
        guard var c = URLComponents(string: url) else { return url }
        c.path = "/" + database
        return c.string ?? url
    }
}
