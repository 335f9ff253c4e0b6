import Foundation
import Logging
import ParleyStore
import PostgresNIO

extension PostgresEventStore {
    /// Runs one statement on the server named by `url` (for creating and dropping test databases).
    public static func administer(url: String, _ statement: String) async throws {
        guard let c = URLComponents(string: url), let host = c.host else {
            throw StoreError(.badLocation, "\(url) is not a PostgreSQL URL; write postgres://USER:PASSWORD@HOST:PORT/DATABASE")
        }
        let database = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        let config = PostgresConnection.Configuration(host: host, port: c.port ?? 5432, username: c.user ?? "postgres",
                                                      password: c.password, database: database.isEmpty ? nil : database, tls: .disable)
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

    /// `url` with its database replaced by `database`.
    public static func url(_ url: String, database: String) -> String {
        guard var c = URLComponents(string: url) else { return url }
        c.path = "/" + database
        return c.string ?? url
    }
}
